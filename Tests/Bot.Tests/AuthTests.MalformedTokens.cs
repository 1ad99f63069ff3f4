using System.Net;
using System.Text;
using AllianceBot.Bot.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Tests;

/// <summary>Every malformed bearer token is a 401 with one warning and no stack trace, through the real endpoint.</summary>
public sealed partial class AuthTests
{
    private static string B64(string s) => Base64UrlEncoder.Encode(s);

    private static readonly string Exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string> Shapes() => new()
    {
        { "not a jwt", "Bearer not.a.jwt" },
        { "one segment", "Bearer abc" },
        { "two segments", "Bearer abc.def" },
        { "empty segments", "Bearer .." },
        { "four segments", "Bearer a.b.c.d" },
        { "five segments (JWE shape) of junk", "Bearer a.b.c.d.e" },
        { "header not base64", "Bearer %%%.eyJ9.sig" },
        { "header not JSON", "Bearer " + B64("hello") + "." + B64("{}") + ".c2ln" },
        { "header a JSON array", "Bearer " + B64("[1,2]") + "." + B64("{}") + ".c2ln" },
        { "payload not JSON", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + B64("not json") + ".c2ln" },
        { "payload a JSON string", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + B64("\"x\"") + ".c2ln" },
        { "alg a number", "Bearer " + B64("{\"alg\":5,\"kid\":\"key-1\"}") + "." + B64("{}") + ".c2ln" },
        { "kid an object", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":{}}") + "." + B64("{\"iss\":\"https://api.botframework.com\"}") + ".c2ln" },
        { "exp a string", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + B64("{\"iss\":\"https://api.botframework.com\",\"exp\":\"soon\"}") + ".c2ln" },
        { "signature not base64", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + B64("{\"iss\":\"https://api.botframework.com\",\"exp\":" + Exp + "}") + ".!!!" },
        { "no signature", "Bearer " + B64("{\"alg\":\"RS256\",\"kid\":\"key-1\"}") + "." + B64("{\"iss\":\"https://api.botframework.com\",\"exp\":" + Exp + "}") + "." },
        { "deeply nested JSON", "Bearer " + B64(new string('[', 5000) + new string(']', 5000)) + "." + B64("{}") + ".c2ln" },
        { "control characters", "Bearer a\u0001b.c\u0002d.e" },
        { "bearer with nothing", "Bearer " },
        { "very long token", "Bearer " + new string('a', 20000) + ".b.c" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Post_MalformedToken_401WithOneWarningAndNoStackTrace(string shape, string header)
    {
        var before = _host.Logs.Lines.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(TestActivities.Message("hello", _connector.ServiceUrl), Dialogs.Schema.BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await _host.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{shape}: {(int)response.StatusCode}");
        await Task.Delay(50);
        Assert.Empty(_bot.Seen);
        var lines = _host.Logs.Lines.Skip(before).Where(l => !l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) && !l.Contains("System.Net.Http", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(lines, l => l.Contains("Unauthorized activity", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
    }
}
