namespace AllianceBot.Prompts.Detection;

/// <summary>
/// A rough guess at how often a set of literals turns up in ordinary text, used only to choose which
/// of several valid requirements to check: short strings ("i", "he") occur almost everywhere, long
/// ones rarely. A poor guess costs speed, never correctness.
/// </summary>
internal static class LiteralCost
{
    public static double Of(IReadOnlyCollection<string> literals)
    {
        var cost = 0.0;
        foreach (var s in literals)
            cost += 1.0 / ((double)s.Length * s.Length * s.Length);
        return cost;
    }
}
