namespace AllianceBot.Prompts.Detection;

/// <summary>Whether a described event is claimed to have happened, and if not, why not.</summary>
internal enum ScopeVerdict
{
    Affirmed,
    Negated,
    Hypothetical,
    Declined,
    PastResolved,
    OtherAgent,
}
