namespace AllianceBot.Prompts.Detection;

/// <summary>Where a finding came from, so a supervisor can weigh it.</summary>
public enum FindingSource
{
    /// <summary>Found by the offline detectors in free text.</summary>
    Detected,
    /// <summary>Ticked by the practitioner in the boundary scan.</summary>
    SelfReported,
    /// <summary>Derived from the 1-5 alliance self-ratings.</summary>
    Rating,
    /// <summary>Added by an optional language model enrichment.</summary>
    Model,
}
