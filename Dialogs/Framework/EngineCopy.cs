namespace AllianceBot.Dialogs.Framework;

/// <summary>
/// The engine's own fallback wording (retries, interruptions). Real dialogs pass their copy from
/// Prompts/ in <see cref="Prompts.PromptOptions"/> or override the interruption hooks.
/// </summary>
public static class EngineCopy
{
    public const string YesNoHint = "Please answer yes or no.";
    public const string ChoiceHint = "Please pick one of the options.";
    public const string TextHint = "Please type your answer.";
    public const string Help = "Answer the question, or type back, skip, status or cancel.";
    public const string Cancelled = "Cancelled. Say anything to start again.";
    public const string NothingToGoBackTo = "This is the first question, so there is nothing to go back to.";
    public const string CannotSkip = "This question can't be skipped.";
    public const string Yes = "Yes";
    public const string No = "No";

    public static string NumberRange(int min, int max) => $"Please answer with a whole number from {min} to {max}.";

    public static string Position(int step, int count) => $"You are on step {step} of {count}.";
}
