using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

public enum TurnOutcome
{
    Completed,
    Duplicate,
    /// <summary>The user was told to send the message again (storage outage or repeated conflicts).</summary>
    NotSaved,
}

public sealed record TurnResult(TurnOutcome Outcome, InvokeResponse? InvokeResponse = null);
