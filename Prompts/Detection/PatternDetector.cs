using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Runs a rule set over free text clause by clause and asks <see cref="ScopeAnalyzer"/> about each
/// match. Returns every hit with its verdict, so callers (and the quality benchmark) can see why
/// something was not reported. The <see cref="KeywordPrefilter"/> skips rules that cannot match a
/// clause and runs a single pattern's regex where only that pattern can; <paramref name="keywordPrefilter"/>
/// false runs every rule's whole regex on every clause, the reference the tests compare against.
/// </summary>
internal sealed class PatternDetector(CompiledRuleSet rules, bool keywordPrefilter = true)
{
    // Very long run-on text is cut into pieces so a clause never grows without bound.
    private const int MaxSentenceChars = 600;

    public List<DetectionHit> Detect(string text)
    {
        var hits = new List<DetectionHit>();
        if (string.IsNullOrWhiteSpace(text)) return hits;

        var lower = TextNormalizer.ForMatching(text);
        var sentences = new List<List<Segment>>();
        foreach (var sentence in SentenceSplitter.Split(lower))
            foreach (var piece in Chunk(sentence, lower))
                sentences.Add(ClauseSplitter.Split(piece, lower));

        // One bit per literal group of the prefilter: a few words, so on the stack.
        Span<ulong> present = stackalloc ulong[rules.Prefilter.WordsNeeded];
        for (var s = 0; s < sentences.Count; s++)
        {
            var next = s + 1 < sentences.Count ? sentences[s + 1] : [];
            for (var c = 0; c < sentences[s].Count; c++)
                DetectInClause(new ClauseContext(sentences[s], c, next), present, hits);
        }
        return hits;
    }

    private void DetectInClause(ClauseContext ctx, Span<ulong> present, List<DetectionHit> into)
    {
        if (!keywordPrefilter)
        {
            foreach (var rule in rules.Rules) Collect(rule, ctx, into);
            return;
        }
        rules.Prefilter.Scan(ctx.Clause.Text, present);
        for (var r = 0; r < rules.Rules.Count; r++)
        {
            var possible = rules.Prefilter.Possible(r, present);
            if (possible == KeywordPrefilter.Several) Collect(rules.Rules[r], ctx, into);
            else if (possible != KeywordPrefilter.None) CollectAlone(rules.Rules[r], possible, ctx, into);
        }
    }

    private static void Collect(CompiledRule rule, ClauseContext ctx, List<DetectionHit> into)
    {
        try
        {
            foreach (Match m in rule.Regex.Matches(ctx.Clause.Text))
                Judge(rule, rule.PatternOf(m), ctx, m.Index, m.Length, into);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: skip this clause for this rule rather than fail the whole debrief.
        }
    }

    // Only one pattern can match, so its own regex finds the same matches as the rule's alternation.
    private static void CollectAlone(CompiledRule rule, int pattern, ClauseContext ctx, List<DetectionHit> into)
    {
        try
        {
            foreach (var m in rule.Alone(pattern).EnumerateMatches(ctx.Clause.Text))
                Judge(rule, rule.Patterns[pattern], ctx, m.Index, m.Length, into);
        }
        catch (RegexMatchTimeoutException)
        {
            // As above.
        }
    }

    private static void Judge(CompiledRule rule, DetectionPattern pattern, ClauseContext ctx, int index, int length, List<DetectionHit> into)
    {
        if (!rule.SentenceAllows(pattern, () => string.Join(" ", ctx.Sentence.Select(c => c.Text)))) return;
        var verdict = ScopeAnalyzer.Judge(ctx, index, length, pattern);
        into.Add(new DetectionHit(rule.Code, ctx.Clause, ctx.Clause.Start + index, length, verdict));
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
