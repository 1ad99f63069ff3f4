using AllianceBot.Prompts.Detection;
using AllianceBot.Quality;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// Every labelled snippet of Tests/Eval/debriefs.json, one case each, against the lexical rules alone:
/// the rules were tuned on these snippets, so this is a regression check of the rule layer (one signal
/// of the engine), not a measure of the engine. The engine is measured on the corpus splits by
/// Tests/Quality.
/// </summary>
public sealed class EvalSetTests
{
    private static readonly DebriefDetector Rules = new(EngineFixture.Engine.Knowledge);

    public static TheoryData<SnippetCase> Cases()
    {
        var data = new TheoryData<SnippetCase>();
        foreach (var c in EvalSets.Debriefs(EvalSets.LocateDirectory())) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindInText_LabelledSnippet_ReportsExactlyTheExpectedCodes(SnippetCase c)
    {
        var found = Rules.FindInText(c.Text).Select(f => f.Code).ToHashSet();
        Assert.Equal(c.Expected.Order(), found.Order());
    }
}
