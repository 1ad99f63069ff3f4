namespace AllianceBot.Bot.Model;

internal enum ModelCallOutcome
{
    Completed,
    ContentFiltered,
    TimedOut,
    Failed,
}

/// <summary>What one model call came to. Json is the message content only when Completed.</summary>
internal sealed record ModelCall(ModelCallOutcome Outcome, string? Json = null, int InputTokens = 0, int OutputTokens = 0)
{
    public static ModelCall Filtered { get; } = new(ModelCallOutcome.ContentFiltered);
    public static ModelCall TimedOut { get; } = new(ModelCallOutcome.TimedOut);
    public static ModelCall Failed { get; } = new(ModelCallOutcome.Failed);
}
