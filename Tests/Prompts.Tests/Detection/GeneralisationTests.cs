using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>Wordings the first tuning pass missed: pronouns across clauses, negated impressions, typed shorthand.</summary>
public sealed class GeneralisationTests
{
    private static IReadOnlyList<string> Codes(string text) => EngineFixture.Engine.Scan(text).Select(f => f.Code).ToList();

    private static readonly DebriefDetector Rules = new(EngineFixture.Engine.Knowledge);

    private static IReadOnlyList<string> RuleCodes(string text) => Rules.FindInText(text, FindingFields.Narrative).Select(f => f.Code).ToList();

    [Theory]
    [InlineData("she asked for my number so I gave it to her")]
    [InlineData("he asked for my whatsapp and i sent it to him")]
    public void Scan_PronounPointsToOwnContact_ReportsContact(string text)
    {
        Assert.Contains("BS-CONTACT", Codes(text));
    }

    // Known misses of the trained engine (its scorer stays under the bar the rule needs), kept as checks
    // on the rule layer so a change to the patterns still cannot lose them. Figures: Prompts/README.md.
    [Theory]
    [InlineData("He wanted my insta and honestly I just told him what it was.", "BS-CONTACT")]
    [InlineData("There was no trust between us today.", "AC-BOND")]
    public void RuleLayer_IndirectContactAndAbsentTrust_Found(string text, string code)
    {
        Assert.Contains(code, RuleCodes(text));
    }

    [Theory]
    [InlineData("she asked for my number but I didnt give it to her")]
    [InlineData("if she asks for my number I would never give it to her")]
    [InlineData("she gave me her number so I gave it to her supervisor")]
    public void Scan_PronounRefusedOrNotOwnContact_ReportsNothing(string text)
    {
        Assert.DoesNotContain("BS-CONTACT", Codes(text));
    }

    [Theory]
    [InlineData("I didn't feel like she trusted me at all.")]
    [InlineData("I dont think he trusts me yet.")]
    public void Scan_NegatedImpressionOfTrust_ReportsBond(string text)
    {
        Assert.Contains("AC-BOND", Codes(text));
    }

    [Theory]
    [InlineData("I felt like she trusted me.")]
    [InlineData("I don't think she trusted me at first but she does now.")]
    public void Scan_TrustPresentOrRepaired_ReportsNoBond(string text)
    {
        Assert.DoesNotContain("AC-BOND", Codes(text));
    }

    [Fact]
    public void Scan_CantWithoutApostrophe_ReportsThoughts()
    {
        Assert.Contains("BS-THOUGHTS", Codes("Cant stop thinking about her between sessions."));
    }

    [Fact]
    public void Scan_BorrowedPounds_ReportsExploit()
    {
        Assert.Contains("BV-EXPLOIT", Codes("I borrowed £200 from her last week."));
    }
}
