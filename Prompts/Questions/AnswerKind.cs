namespace AllianceBot.Prompts.Questions;

public enum AnswerKind
{
    Answered,
    NotCovered,
    /// <summary>The question describes someone at risk: safety guidance only, never a retrieved passage.</summary>
    Crisis,
}
