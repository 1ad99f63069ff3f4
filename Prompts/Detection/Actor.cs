namespace AllianceBot.Prompts.Detection;

/// <summary>Who did it: the actor a pattern's act must have for the pattern to count.</summary>
internal enum Actor
{
    /// <summary>The practitioner ("I", "we", or no stated subject as in diary style "Gave her my cell.").</summary>
    Practitioner,
    /// <summary>Anyone: alliance concerns such as "she doesn't trust me" are about the relationship.</summary>
    Anyone,
}
