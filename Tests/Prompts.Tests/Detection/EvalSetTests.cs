using AllianceBot.Quality;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>Every labelled snippet of Tests/Eval/debriefs.json, one case each.</summary>
public sealed class EvalSetTests
{
    public static TheoryData<DebriefCase> Cases()
    {
        var data = new TheoryData<DebriefCase>();
        foreach (var c in EvalSets.Debriefs(EvalSets.LocateDirectory())) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindInText_LabelledSnippet_ReportsExactlyTheExpectedCodes(DebriefCase c)
    {
        var found = EngineFixture.Engine.Scan(c.Text).Select(f => f.Code).ToHashSet();
        Assert.Equal(c.Expected.Order(), found.Order());
    }
}
