using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Tests.Knowledge;

public sealed class KnowledgeBaseLoaderTests
{
    private const string Valid = """
        { "area": "standard", "passages": [
          { "code": "P1", "title": "t", "text": "x", "source": "s", "related": ["P2"], "question": "q?" },
          { "code": "P2", "title": "t", "text": "y", "source": "s" } ] }
        """;

    [Fact]
    public void LoadEmbedded_DefaultData_CoversTheIssueCodes()
    {
        var kb = KnowledgeBaseLoader.LoadEmbedded();
        string[] required =
        [
            "STD-3.1", "P1", "P2", "P3", "P4", "P5", "P6", "P6.2", "P7", "P8", "P9", "K1", "K2", "K3", "K4",
            "CTX-CRITICALITY", "CTX-FREQUENCY", "CTX-DIFFICULTY", "CTX-PROFICIENCY", "CTX-AUTONOMY", "CTX-AUTOMATION",
            "WA-GREENSON", "WA-BORDIN", "WA-REFLECT", "WA-OUTCOMES", "WA-PRINCIPLES", "WA-FIRST", "WA-EMPATHY", "WA-TRUST", "WA-CONGRUENCE",
            "SK-SUMMARY", "SK-QUESTIONS", "SK-EGAN", "RM-JOHNS", "RM-BASSOT", "RM-DEBRIEF", "RM-WELLNESS",
            "BS-TIME", "BS-SELECT", "BS-SELFDISCLOSE", "BS-DRESS", "BS-THOUGHTS", "BS-CONTACT", "BS-PROLONG",
            "BV-ROMANCE", "BV-DUAL", "BV-GIFT", "BV-EXPLOIT", "AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED",
        ];
        Assert.All(required, code => Assert.True(kb.Contains(code), code));
        Assert.All(kb.Passages, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }

    [Fact]
    public void WarningSigns_DefaultData_SevenYellowLightsThenFourViolations()
    {
        var signs = KnowledgeBaseLoader.LoadEmbedded().WarningSigns;
        Assert.Equal(7, signs.Count(s => s.Severity == Severity.Warning));
        Assert.Equal(4, signs.Count(s => s.Severity == Severity.Violation));
        Assert.All(signs, s => Assert.EndsWith("?", s.Question));
        Assert.Equal(Severity.Warning, signs[0].Severity);
    }

    [Fact]
    public void StandardItems_DefaultData_FlagsFirstSessionAndAlwaysItems()
    {
        var items = KnowledgeBaseLoader.LoadEmbedded().StandardItems;
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"], items.Select(i => i.Code));
        Assert.True(items.Single(i => i.Code == "P4").FirstSession);
        Assert.True(items.Single(i => i.Code == "P5").FirstSession);
        Assert.True(items.Single(i => i.Code == "P8").Always);
    }

    [Fact]
    public void Load_ValidFile_Succeeds()
    {
        var kb = KnowledgeBaseLoader.Load([("standard.json", Valid)]);
        Assert.Equal(2, kb.Passages.Count);
        Assert.Single(kb.StandardItems);
    }

    [Fact]
    public void Load_DuplicateCode_ThrowsNamingTheCode()
    {
        var ex = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load([("a.json", Valid), ("b.json", Valid)]));
        Assert.Contains("Duplicate code 'P1'", ex.Message);
    }

    [Fact]
    public void Load_EmptyText_ThrowsNamingTheField()
    {
        const string json = """{ "passages": [ { "code": "X1", "title": "t", "text": "  ", "source": "s" } ] }""";
        var ex = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load([("x.json", json)]));
        Assert.Contains("'X1'", ex.Message);
        Assert.Contains("empty text", ex.Message);
    }

    [Fact]
    public void Load_BrokenCrossReference_ThrowsNamingTheMissingCode()
    {
        const string json = """{ "passages": [ { "code": "X1", "title": "t", "text": "x", "source": "s", "related": ["NOPE"] } ] }""";
        var ex = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load([("x.json", json)]));
        Assert.Contains("unknown code 'NOPE'", ex.Message);
    }

    [Fact]
    public void Load_InvalidJson_ThrowsKnowledgeBaseException()
    {
        Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load([("x.json", "{ not json")]));
    }
}
