namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// Turns short texts (clauses, sentences, passages) into unit-length vectors whose dot product
/// measures closeness of meaning. Implementations are thread-safe and shared per process.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model, so stored weights can be checked against the vectors they were trained on.</summary>
    string ModelName { get; }

    int Dimensions { get; }

    /// <summary>One vector per text, in order; an empty or blank text gets the zero vector.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
