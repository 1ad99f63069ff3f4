using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Turns the 1-5 self-ratings into findings on the same codes as the narrative detectors: 1-2 is a
/// warning, 3 a note. A fall of two or more, or a fall to 2 or below, against the same client's
/// previous debrief is a finding of its own (AC-DROP).
/// </summary>
internal static class RatingAssessor
{
    public const string DropCode = "AC-DROP";

    private static readonly (string Name, string Code, Func<AllianceRatings, int?> Read)[] Dimensions =
    [
        ("goals", "AC-GOALS", r => r.Goals),
        ("tasks", "AC-TASKS", r => r.Tasks),
        ("bond", "AC-BOND", r => r.Bond),
    ];

    public static IEnumerable<Finding> Assess(AllianceRatings? current, AllianceRatings? previous, KnowledgeBase kb)
    {
        if (current is null) yield break;
        foreach (var (name, code, read) in Dimensions)
        {
            var now = Valid(read(current));
            if (now is null) continue;
            if (now <= 3)
            {
                var severity = now <= 2 ? Severity.Warning : Severity.Note;
                yield return new Finding(code, severity, $"{name} rated {now}/5", 0, 0, FindingSource.Rating, FindingFields.Ratings);
            }
            var before = previous is null ? null : Valid(read(previous));
            if (before is { } b && now < b && (b - now >= 2 || now <= 2))
            {
                var severity = kb.SeverityOf(DropCode) ?? Severity.Warning;
                yield return new Finding(DropCode, severity, $"{name} rating fell from {b} to {now} since the previous debrief", 0, 0, FindingSource.Rating, FindingFields.Ratings);
            }
        }
    }

    private static int? Valid(int? rating) => rating is >= 1 and <= 5 ? rating : null;
}
