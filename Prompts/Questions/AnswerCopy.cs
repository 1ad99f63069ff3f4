namespace AllianceBot.Prompts.Questions;

/// <summary>The fixed wording of answers to questions, in one place for the clinical lead to review.</summary>
public static class AnswerCopy
{
    public const string NotCovered =
        "That is not something the AllianceBot knowledge base covers. I can answer questions about the working alliance, " +
        "competency standard 3.1 (P1-P9, K1-K4), reflective practice and boundary warning signs. Try asking, for example, " +
        "\"what should I cover in a first session?\" or \"is it ok to text a client?\"";

    public const string Empty = "Please type a question about the working alliance, standard 3.1 or boundaries.";

    public const string Lead = "Here is what the knowledge base says:";
    public const string SeeAlso = "Related:";
    public const string Citation = "Source: {0}.";
}
