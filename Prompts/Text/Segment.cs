namespace AllianceBot.Prompts.Text;

/// <summary>A slice of a source text: where it starts, how long it is, and its text.</summary>
internal readonly record struct Segment(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
