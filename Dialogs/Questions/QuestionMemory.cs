namespace AllianceBot.Dialogs.Questions;

/// <summary>The last question asked in this conversation, so a follow-up ("and in a closing session?") has its context.</summary>
public sealed class QuestionMemory
{
    public string? LastQuestion { get; set; }
    public DateTimeOffset AskedAt { get; set; }
}
