namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One observation about a debrief, tied to a knowledge-base code. Start and Length point into the
/// text named by <see cref="Field"/> (for "reflection" fields the offset is within that reflection);
/// they are 0 for findings that do not come from free text.
/// </summary>
public sealed record Finding(
    string Code,
    Severity Severity,
    string Evidence,
    int Start,
    int Length,
    FindingSource Source,
    string Field);

/// <summary>The names used in <see cref="Finding.Field"/>.</summary>
public static class FindingFields
{
    public const string Narrative = "narrative";
    public const string NextSteps = "nextSteps";
    public const string Reflection = "reflection";
    public const string Ratings = "ratings";
    public const string Scan = "scan";
}
