namespace AllianceBot.Prompts.Knowledge;

/// <summary>The knowledge-base data is broken; the message names the file and the code at fault.</summary>
public sealed class KnowledgeBaseException(string message) : Exception(message);
