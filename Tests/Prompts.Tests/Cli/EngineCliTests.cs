using System.Text.Json;
using AllianceBot.Prompts.Cli;

namespace AllianceBot.Prompts.Tests.Cli;

public sealed class EngineCliTests
{
    private static async Task<(int? Code, string Output)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var code = await EngineCli.TryRunAsync(args, new StringReader(stdin), output, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task TryRunAsync_Analyze_WritesFindingsJson()
    {
        var (code, output) = await Run("I gave him my personal cell number.", "analyze", "--kind", "first");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("BS-CONTACT", doc.RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.True(doc.RootElement.TryGetProperty("prompts", out _));
    }

    [Fact]
    public async Task TryRunAsync_AnalyzeJsonInput_ReadsRatings()
    {
        var (code, output) = await Run("""{ "narrative": "ok", "ratings": { "goals": 1 } }""", "analyze");
        Assert.Equal(0, code);
        Assert.Contains("AC-GOALS", output);
    }

    [Fact]
    public async Task TryRunAsync_AskJson_ReturnsCitedCodes()
    {
        var (code, output) = await Run("", "ask", "is it ok to text a client from my cell?", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("answered", doc.RootElement.GetProperty("kind").GetString());
        Assert.Equal("BS-CONTACT", doc.RootElement.GetProperty("citedCodes")[0].GetString());
    }

    [Fact]
    public async Task TryRunAsync_AskPlain_PrintsAnswerAndCitations()
    {
        var (code, output) = await Run("", "ask", "what", "does", "P8", "say");
        Assert.Equal(0, code);
        Assert.Contains("Cited: P8", output);
    }

    [Theory]
    [InlineData()]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("serve")]
    public async Task TryRunAsync_OtherArguments_ReturnsNull(params string[] args)
    {
        var (code, output) = await Run("", args);
        Assert.Null(code);
        Assert.Equal("", output);
    }
}
