namespace AllianceBot.Dialogs.Turns;

/// <summary>What the user reads when the turn itself, not a dialog, has something to say.</summary>
public static class TurnCopy
{
    public const string StorageUnavailable =
        "Sorry, I couldn't save your answer just now. Nothing you told me before is lost. Please send it again in a moment.";

    public const string SaveConflict =
        "Sorry, I couldn't save that because two messages arrived at the same time. Please send that again.";

    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side, so I've started our conversation over. Please send your message again.";
}
