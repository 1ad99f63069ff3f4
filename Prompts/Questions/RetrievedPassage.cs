namespace AllianceBot.Prompts.Questions;

/// <summary>A knowledge-base passage that matched a question, with its retrieval score.</summary>
public sealed record RetrievedPassage(string Code, string Title, string Text, string Source, double Score);
