namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Word groups shared by the detection rules: stems with their inflections and the synonyms
/// practitioners actually type ("insta", "cell", "texted"). A pattern names a group as {NAME}; a group
/// may name other groups. Read from detection-rules.json, and checked there: every group named exists
/// and none leads back to itself (which would expand for ever).
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, string> _groups;

    /// <param name="groups">Each group's entries in order; they become one alternation.</param>
    /// <exception cref="FormatException">A group is empty, named twice, names an unknown group or leads back to itself.</exception>
    public Lexicon(IEnumerable<(string Name, IReadOnlyList<string> Words)> groups)
    {
        _groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in groups)
        {
            if (!PatternTemplate.IsGroupName(name))
                throw new FormatException($"lexicon group name '{name}' must be capital letters and underscores (and not G, which is the gap)");
            if (words.Count == 0 || words.Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"lexicon group {{{name}}} has no words or an empty one");
            if (!_groups.TryAdd(name, string.Join("|", words)))
                throw new FormatException($"lexicon group {{{name}}} is defined twice");
        }
        foreach (var name in _groups.Keys)
            CheckReferences(name, []);
    }

    /// <summary>The lexicon of the embedded detection-rules.json, which the engine runs.</summary>
    public static Lexicon Embedded => DetectionRules.Embedded.Lexicon;

    public IReadOnlyCollection<string> Names => _groups.Keys;

    public bool Contains(string name) => _groups.ContainsKey(name);

    /// <summary>The group's entries as one alternation, its own {NAME}s not yet expanded.</summary>
    public string Group(string name) =>
        _groups.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Unknown lexicon group {{{name}}}.");

    private void CheckReferences(string name, List<string> path)
    {
        if (path.Contains(name))
            throw new FormatException($"lexicon group {{{path[0]}}} leads back to itself ({string.Join(" -> ", path.Append(name).Select(n => $"{{{n}}}"))})");
        path.Add(name);
        foreach (var used in PatternTemplate.GroupsNamedIn(_groups[name]))
        {
            if (!_groups.ContainsKey(used))
                throw new FormatException($"lexicon group {{{name}}} names {{{used}}}, which is no lexicon group");
            CheckReferences(used, path);
        }
        path.RemoveAt(path.Count - 1);
    }
}
