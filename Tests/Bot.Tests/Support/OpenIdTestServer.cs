using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Tests.Support;

public sealed record TestSigningKey(string Kid, RsaSecurityKey Key, string[] Endorsements);

/// <summary>
/// The Bot Framework's OpenID metadata and JWKS (with endorsements) on a free loopback port, with
/// RSA keys made in the test, and a minter for the tokens the Bot Connector would send.
/// </summary>
public sealed class OpenIdTestServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TestSigningKey> _published = new();
    private string _base = "";
    private int _keyRequests;

    private OpenIdTestServer(WebApplication app) => _app = app;

    public string MetadataUrl => _base + "/v1/.well-known/openidconfiguration";

    public int KeyRequests => _keyRequests;

    public static async Task<OpenIdTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new OpenIdTestServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com/v1/auth",
            ["jwks_uri"] = server._base + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref server._keyRequests);
            var keys = server._published.Values.Select(k =>
            {
                var p = k.Key.Rsa.ExportParameters(false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = k.Kid,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    ["endorsements"] = k.Endorsements,
                };
            });
            return Results.Json(new { keys });
        });
        await app.StartAsync();
        server._base = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public static TestSigningKey CreateKey(string kid, params string[] endorsements)
        => new(kid, new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid }, endorsements);

    public TestSigningKey Publish(string kid, params string[] endorsements)
    {
        var key = CreateKey(kid, endorsements);
        _published[kid] = key;
        return key;
    }

    public void Publish(TestSigningKey key) => _published[key.Kid] = key;

    public static string MintToken(TestSigningKey key, string audience, string serviceUrl, string issuer = Issuer,
        DateTime? expires = null, DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(30);
        var nbf = notBefore ?? (exp < now ? exp.AddMinutes(-30) : now.AddMinutes(-1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = exp,
            NotBefore = nbf,
            IssuedAt = nbf,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl, ["appid"] = "channel-service" },
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
