namespace AllianceBot.Prompts.Questions;

public sealed record QuestionAnswer(
    string Text,
    IReadOnlyList<string> CitedCodes,
    AnswerKind Kind,
    IReadOnlyList<RetrievedPassage> Passages);
