using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Reads every part of a debrief (narrative, next steps, reflections, ratings, boundary scan) and
/// returns findings and strengths. Stateless after construction, so one instance serves all threads.
/// </summary>
public sealed class DebriefDetector
{
    private const int MaxFindingsPerCodeAndField = 5;
    private const int MaxEvidenceChars = 240;

    private readonly KnowledgeBase _kb;
    private readonly PatternDetector _concerns;
    private readonly PatternDetector _strengths;
    private readonly TrainedSigns? _trained;

    /// <param name="trained">The trained scorers; null (or none trained) reads with the lexical rules alone.</param>
    public DebriefDetector(KnowledgeBase kb, TrainedSigns? trained = null)
        : this(kb, keywordPrefilter: true, trained)
    {
    }

    /// <param name="keywordPrefilter">False runs every rule on every clause: the reference the prefilter is tested against.</param>
    internal DebriefDetector(KnowledgeBase kb, bool keywordPrefilter, TrainedSigns? trained = null)
    {
        _kb = kb;
        _trained = trained is { Codes.Count: > 0 } ? trained : null;
        _concerns = new PatternDetector(new CompiledRuleSet(DetectionRules.Concerns), keywordPrefilter);
        _strengths = new PatternDetector(new CompiledRuleSet(DetectionRules.Strengths), keywordPrefilter);
        foreach (var code in DetectionRules.Concerns.Keys.Concat(DetectionRules.Strengths.Keys))
            if (!kb.Contains(code))
                throw new KnowledgeBaseException($"Detection rule code '{code}' has no knowledge-base passage.");
    }

    public IReadOnlyList<Finding> FindConcerns(DebriefInput input)
    {
        var findings = new List<Finding>();
        foreach (var (field, text) in FreeText(input))
            findings.AddRange(FindInText(text, field));
        findings.AddRange(RatingAssessor.Assess(input.Ratings, input.PreviousRatings, _kb));
        findings.AddRange(SelfReported(input));
        return findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Source)
            .ThenBy(f => f.Field, StringComparer.Ordinal)
            .ThenBy(f => f.Start)
            .ToList();
    }

    /// <summary>Findings in one piece of free text, with spans into that text.</summary>
    public IReadOnlyList<Finding> FindInText(string? text, string field = FindingFields.Narrative)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var hits = _concerns.Detect(text);
        if (_trained is null) return RuleFindings(hits, text, field);

        // The trained scorers decide for the codes they know; a code without one keeps its rules.
        var readings = SentenceReadings.Read(text, _trained.Embedder, hits);
        var findings = _trained.Find(readings)
            .GroupBy(f => f.Code)
            .SelectMany(g => g.OrderByDescending(f => f.Score).Take(MaxFindingsPerCodeAndField))
            .Select(f => SentenceFinding(f.Code, readings.Sentences[f.Sentence], text, field))
            .ToList();
        findings.AddRange(RuleFindings([.. hits.Where(h => !_trained.Codes.Contains(h.Code))], text, field));
        return findings;
    }

    private Finding SentenceFinding(string code, Segment sentence, string text, string field)
    {
        var (start, length) = SentenceSplitter.Trim(text, sentence.Start, Math.Min(sentence.Length, MaxEvidenceChars));
        var severity = _kb.SeverityOf(code) ?? Severity.Note;
        return new Finding(code, severity, text.Substring(start, length), start, length, FindingSource.Detected, field);
    }

    private List<Finding> RuleFindings(IReadOnlyList<DetectionHit> hits, string text, string field)
    {
        return hits
            .Where(h => h.Verdict == ScopeVerdict.Affirmed)
            .GroupBy(h => (h.Code, h.Clause.Start))
            .Select(g => g.First())
            .GroupBy(h => h.Code)
            .SelectMany(g => g.Take(MaxFindingsPerCodeAndField))
            .Select(h => ToFinding(h, text, field))
            .ToList();
    }

    public IReadOnlyList<Strength> FindStrengths(DebriefInput input)
    {
        var result = new List<Strength>();
        foreach (var (field, text) in FreeText(input))
            foreach (var hit in _strengths.Detect(text).Where(h => h.Verdict == ScopeVerdict.Affirmed))
                if (!result.Any(s => s.Code == hit.Code))
                    result.Add(new Strength(hit.Code, Quote(text, hit).Text, field));
        return result;
    }

    /// <summary>All hits with their verdicts, for diagnostics and the quality benchmark.</summary>
    internal IReadOnlyList<DetectionHit> Explain(string text) => _concerns.Detect(text);

    /// <summary>The text read for the trained scorers (null without them): the training program and the benchmark use this.</summary>
    internal SentenceReadings? Read(string text) => _trained is null ? null : SentenceReadings.Read(text, _trained.Embedder, _concerns.Detect(text));

    internal TrainedSigns? Trained => _trained;

    /// <summary>All strength hits with their verdicts, so tests can compare them too.</summary>
    internal IReadOnlyList<DetectionHit> ExplainStrengths(string text) => _strengths.Detect(text);

    private Finding ToFinding(DetectionHit hit, string text, string field)
    {
        var quote = Quote(text, hit);
        var severity = _kb.SeverityOf(hit.Code) ?? Severity.Note;
        return new Finding(hit.Code, severity, quote.Text, quote.Start, quote.Length, FindingSource.Detected, field);
    }

    // Quotes the whole clause when it is short enough to read, else a window around the match.
    private static Segment Quote(string text, DetectionHit hit)
    {
        var (start, length) = (hit.Clause.Start, hit.Clause.Length);
        if (length > MaxEvidenceChars)
        {
            var pad = Math.Max(0, (MaxEvidenceChars - hit.MatchLength) / 2);
            start = Math.Max(hit.Clause.Start, hit.MatchStart - pad);
            var end = Math.Min(hit.Clause.End, hit.MatchStart + hit.MatchLength + pad);
            length = end - start;
        }
        (start, length) = SentenceSplitter.Trim(text, start, length);
        return new Segment(start, length, text.Substring(start, length));
    }

    private IEnumerable<Finding> SelfReported(DebriefInput input)
    {
        foreach (var code in (input.SelfReportedSigns ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var sign = _kb.WarningSigns.FirstOrDefault(s => string.Equals(s.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
            if (sign is null) continue; // an unknown code from an old client version is ignored, not fatal
            yield return new Finding(sign.Code, sign.Severity, $"ticked in the boundary scan: {sign.Title}", 0, 0, FindingSource.SelfReported, FindingFields.Scan);
        }
    }

    private static IEnumerable<(string Field, string Text)> FreeText(DebriefInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.Narrative)) yield return (FindingFields.Narrative, input.Narrative);
        if (!string.IsNullOrWhiteSpace(input.NextSteps)) yield return (FindingFields.NextSteps, input.NextSteps);
        foreach (var r in input.Reflections ?? [])
            if (!string.IsNullOrWhiteSpace(r)) yield return (FindingFields.Reflection, r);
    }
}
