namespace AllianceBot.Dialogs.Supervision;

/// <summary>Finds a supervisor's practitioners by what they typed: a full name, a first name, a part of a name, any case.</summary>
public static class PractitionerNames
{
    public static IReadOnlyList<RosterPractitioner> Match(IEnumerable<RosterPractitioner> practitioners, string typed)
    {
        ArgumentNullException.ThrowIfNull(practitioners);
        var term = (typed ?? string.Empty).Trim();
        if (term.Length == 0)
        {
            return [];
        }
        var all = practitioners.ToList();
        var exact = all.Where(p => string.Equals(p.Name, term, StringComparison.OrdinalIgnoreCase) || RosterIds.Same(p.Id, term)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }
        var byWord = all.Where(p => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.StartsWith(term, StringComparison.OrdinalIgnoreCase))).ToList();
        return byWord.Count > 0 ? byWord : all.Where(p => p.Name.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
