namespace AllianceBot.Prompts.Detection;

/// <summary>Who must be doing the thing for a pattern to count.</summary>
internal enum Agent
{
    /// <summary>The practitioner ("I", "we", or no stated subject as in diary style "Gave her my cell.").</summary>
    Practitioner,
    /// <summary>Anyone: alliance concerns such as "she doesn't trust me" are about the relationship.</summary>
    Anyone,
}
