using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>A clause with the rest of its sentence and the next sentence, which scope decisions need.</summary>
internal sealed record ClauseContext(IReadOnlyList<Segment> Sentence, int Index, IReadOnlyList<Segment> NextSentence)
{
    public Segment Clause => Sentence[Index];

    /// <summary>The clauses after this one: first in the same sentence, then the next sentence.</summary>
    public IEnumerable<Segment> Following(int maxClauses)
    {
        var taken = 0;
        for (var i = Index + 1; i < Sentence.Count && taken < maxClauses; i++, taken++)
            yield return Sentence[i];
        for (var i = 0; i < NextSentence.Count && taken < maxClauses; i++, taken++)
            yield return NextSentence[i];
    }
}
