namespace AllianceBot.Dialogs.State;

/// <summary>
/// Keys in ordinal order, so that listing a prefix costs the size of the answer instead of the size of
/// the store (the in-memory archive holds every debrief, and each debrief lists its practitioner's).
/// Not thread-safe: the owner locks.
/// </summary>
internal sealed class OrdinalKeyIndex
{
    private readonly SortedSet<string> _keys = new(StringComparer.Ordinal);

    public void Add(string key) => _keys.Add(key);

    public void Remove(string key) => _keys.Remove(key);

    /// <summary>The keys that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public IEnumerable<string> StartingWith(string prefix)
    {
        if (prefix.Length == 0)
        {
            return _keys;
        }
        // The view includes the upper bound itself, which does not start with the prefix; a prefix of
        // nothing but U+FFFF has no upper bound and is simply filtered.
        IEnumerable<string> candidates = UpperBound(prefix) is { } upper ? _keys.GetViewBetween(prefix, upper) : _keys;
        return candidates.Where(key => key.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>
    /// The smallest string greater than every string that starts with <paramref name="prefix"/>:
    /// the prefix with its last code unit raised by one, dropping trailing U+FFFF first. Null when no
    /// such string exists (the prefix is all U+FFFF).
    /// </summary>
    internal static string? UpperBound(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && prefix[end - 1] == char.MaxValue)
        {
            end--;
        }
        return end == 0 ? null : string.Concat(prefix.AsSpan(0, end - 1), [(char)(prefix[end - 1] + 1)]);
    }
}
