namespace AllianceBot.Prompts.Questions;

/// <summary>The fixed wording of answers to questions, in one place for the clinical lead to review.</summary>
public static class AnswerCopy
{
    public const string Crisis =
        "This sounds like someone may be at risk right now. Safety comes first: if anyone is in immediate danger, " +
        "contact emergency services now (911 in Canada and the US). Contact your supervisor now as well, and follow " +
        "your agency's crisis and duty-to-report procedures. Where it is safe, stay with the person or keep them on the line, " +
        "and share a crisis line (in Canada and the US you can call or text 988). This bot is not the place to work through a crisis.";

    public const string NotCovered =
        "That is not something the AllianceBot knowledge base covers. I can answer questions about the working alliance, " +
        "competency standard 3.1 (P1-P9, K1-K4), reflective practice and boundary warning signs. Try asking, for example, " +
        "\"what should I cover in a first session?\" or \"is it ok to text a client?\"";

    public const string Empty = "Please type a question about the working alliance, standard 3.1 or boundaries.";

    public const string Lead = "Here is what the knowledge base says:";
    public const string SeeAlso = "Related:";
    public const string Citation = "Source: {0}.";
}
