namespace AllianceBot.Corpus;

/// <summary>
/// One practitioner message of the question corpus: answered (with the codes an answer may rest on,
/// the first being the primary one) or notCovered, the earlier message it follows up (if any), and
/// the writer's style (question, statement, terse, typos).
/// </summary>
public sealed record QuestionCase(string Id, string Text, string Kind, List<string> Codes, string? Previous, string? Style)
{
    public const string Answered = "answered";
    public const string NotCovered = "notCovered";

    public bool InScope => Kind == Answered;

    public bool IsFollowUp => !string.IsNullOrWhiteSpace(Previous);

    public override string ToString() => Id;
}
