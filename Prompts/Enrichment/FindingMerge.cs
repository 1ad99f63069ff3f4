namespace AllianceBot.Prompts.Enrichment;

public static class FindingMerge
{
    /// <summary>
    /// Offline findings first and all of them (a model can never clear a warning sign), then the
    /// model's findings that are new by code and evidence.
    /// </summary>
    public static IReadOnlyList<EnrichedFinding> Merge(IReadOnlyList<OfflineFinding> offline, IReadOnlyList<ModelFinding> model)
    {
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(model);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<EnrichedFinding>(offline.Count + model.Count);
        foreach (var f in offline)
        {
            seen.Add(Key(f.Code, f.Evidence));
            merged.Add(new EnrichedFinding(f.Code, f.Severity, f.Evidence, EnrichmentSource.Offline));
        }
        foreach (var f in model)
        {
            if (seen.Add(Key(f.Code, f.Evidence)))
            {
                merged.Add(new EnrichedFinding(f.Code, f.Severity, f.Evidence, EnrichmentSource.Model));
            }
        }
        return merged;
    }

    private static string Key(string code, string evidence) =>
        code.Trim().ToUpperInvariant() + "\n" + TextMatch.Normalise(evidence);
}
