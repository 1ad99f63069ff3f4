namespace AllianceBot.Dialogs.Questions;

/// <summary>What the bot says around the engine's answers; the answers themselves come from the knowledge base.</summary>
public static class QuestionsCopy
{
    public const string AskWhat = "What would you like to ask? For example: what should I cover in a first session?";
    public static string Sources(IEnumerable<string> codes) => $"Sources: {string.Join(", ", codes)}";
    public const string FollowUpHint = "You can ask a follow-up question.";
}
