namespace AllianceBot.Corpus;

/// <summary>Only the text of a question-corpus message (the question answerer has its own, fuller record).</summary>
public sealed record QuestionText(string Id, string Text);
