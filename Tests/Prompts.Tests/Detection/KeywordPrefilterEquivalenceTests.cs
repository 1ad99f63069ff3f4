using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// The keyword prefilter is a pure speed-up: over every text the repository holds, detection with it
/// must give exactly the hits (code, clause, span, verdict) and findings that running every rule's
/// whole regex on every clause gives.
/// </summary>
public sealed class KeywordPrefilterEquivalenceTests
{
    private static readonly Lazy<DebriefDetector> WithPrefilter = new(() => new DebriefDetector(EngineFixture.Engine.Knowledge, keywordPrefilter: true));
    private static readonly Lazy<DebriefDetector> Reference = new(() => new DebriefDetector(EngineFixture.Engine.Knowledge, keywordPrefilter: false));

    public static TheoryData<string> Sources() => new(DetectionCorpus.Sources);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Detect_EveryCorpusText_SameHitsAndFindingsWithAndWithoutPrefilter(string source)
    {
        var texts = DetectionCorpus.Texts(source);
        Assert.NotEmpty(texts);
        var differing = new List<string>();
        foreach (var text in texts)
        {
            var same = WithPrefilter.Value.Explain(text).SequenceEqual(Reference.Value.Explain(text))
                && WithPrefilter.Value.ExplainStrengths(text).SequenceEqual(Reference.Value.ExplainStrengths(text))
                && WithPrefilter.Value.FindInText(text).SequenceEqual(Reference.Value.FindInText(text));
            if (!same) differing.Add(text);
        }
        Assert.True(differing.Count == 0, $"{differing.Count} of {texts.Count} {source} texts differ, e.g.:\n" + string.Join("\n", differing.Take(5).Select(t => t.Length > 200 ? t[..200] + "..." : t)));
    }

    [Fact]
    public void Corpus_MatchesEveryPatternOfEveryRule_SoTheComparisonIsNotVacuous()
    {
        var clauses = DetectionCorpus.Sources.SelectMany(DetectionCorpus.Texts).Select(TextNormalizer.ForMatching).ToList();
        var unmatched = new[] { DetectionRules.Concerns, DetectionRules.Strengths }
            .SelectMany(rules => new CompiledRuleSet(rules).Rules)
            .SelectMany(rule => Enumerable.Range(0, rule.Patterns.Length)
                .Where(p => !clauses.Exists(text => rule.Alone(p).IsMatch(text)))
                .Select(p => $"{rule.Code} pattern {p}"))
            .ToList();
        Assert.Empty(unmatched);
    }
}
