using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Runs a rule set over free text clause by clause and asks <see cref="ScopeAnalyzer"/> about each
/// match. Returns every hit with its verdict, so callers (and the quality benchmark) can see why
/// something was not reported.
/// </summary>
internal sealed class PatternDetector(CompiledRuleSet rules)
{
    // Very long run-on text is cut into pieces so a clause never grows without bound.
    private const int MaxSentenceChars = 600;

    public List<DetectionHit> Detect(string text)
    {
        var hits = new List<DetectionHit>();
        if (string.IsNullOrWhiteSpace(text)) return hits;

        var lower = TextNormalizer.ForMatching(text);
        var sentences = SentenceSplitter.Split(lower)
            .SelectMany(s => Chunk(s, lower))
            .Select(s => (IReadOnlyList<Segment>)ClauseSplitter.Split(s, lower))
            .ToList();

        for (var s = 0; s < sentences.Count; s++)
        {
            var next = s + 1 < sentences.Count ? sentences[s + 1] : [];
            for (var c = 0; c < sentences[s].Count; c++)
            {
                var ctx = new ClauseContext(sentences[s], c, next);
                foreach (var rule in rules.Rules)
                    Collect(rule, ctx, hits);
            }
        }
        return hits;
    }

    private static void Collect(CompiledRule rule, ClauseContext ctx, List<DetectionHit> into)
    {
        try
        {
            foreach (Match m in rule.Regex.Matches(ctx.Clause.Text))
            {
                var pattern = rule.PatternOf(m);
                if (!rule.SentenceAllows(pattern, () => string.Join(" ", ctx.Sentence.Select(c => c.Text)))) continue;
                var verdict = ScopeAnalyzer.Judge(ctx, m.Index, m.Length, pattern);
                into.Add(new DetectionHit(rule.Code, ctx.Clause, ctx.Clause.Start + m.Index, m.Length, verdict));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: skip this clause for this rule rather than fail the whole debrief.
        }
    }

    private static IEnumerable<Segment> Chunk(Segment sentence, string lower)
    {
        if (sentence.Length <= MaxSentenceChars)
        {
            yield return sentence;
            yield break;
        }
        var start = sentence.Start;
        while (start < sentence.End)
        {
            var end = Math.Min(sentence.End, start + MaxSentenceChars);
            if (end < sentence.End)
            {
                var space = lower.LastIndexOf(' ', end - 1, end - start);
                if (space > start) end = space;
            }
            var (s, l) = SentenceSplitter.Trim(lower, start, end - start);
            if (l > 0) yield return new Segment(s, l, lower.Substring(s, l));
            start = end;
        }
    }
}
