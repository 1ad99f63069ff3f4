using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Summaries;

/// <summary>
/// Picks the key sentences of a narrative: sentences that carry a finding or alliance vocabulary
/// score highest, the opening sentence gets a small bonus (it usually says what the session was),
/// and the chosen sentences are returned in their original order. Deterministic by construction.
/// </summary>
internal static class ExtractiveSummarizer
{
    private const int MaxSentences = 3;
    private const int MaxSentenceChars = 300;

    private static readonly string[] AllianceWords =
    [
        "goal", "agree", "task", "role", "trust", "rapport", "bond", "next", "follow", "plan", "homework", "confidential",
        "progress", "barrier", "felt", "worried", "concern", "boundar", "session", "first", "ending", "referr",
    ];

    public static string Extract(string narrative, IReadOnlyList<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(narrative)) return "";
        var sentences = SentenceSplitter.Split(narrative);
        if (sentences.Count == 0) return "";
        var evidenceStarts = findings.Where(f => f.Field == FindingFields.Narrative && f.Length > 0).Select(f => f.Start).ToList();

        var scored = sentences.Select((s, i) =>
        {
            var lower = s.Text.ToLowerInvariant();
            double score = AllianceWords.Count(w => lower.Contains(w, StringComparison.Ordinal));
            if (evidenceStarts.Any(e => e >= s.Start && e < s.End)) score += 5;
            if (i == 0) score += 1.5;
            var words = s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < 4) score -= 2;
            return (Sentence: s, Index: i, Score: score);
        });
        var chosen = scored
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
            .Take(MaxSentences)
            .OrderBy(x => x.Index)
            .Select(x => Clip(x.Sentence.Text));
        return string.Join(" ", chosen);
    }

    private static string Clip(string sentence) =>
        sentence.Length <= MaxSentenceChars ? sentence : sentence[..MaxSentenceChars].TrimEnd() + "…";
}
