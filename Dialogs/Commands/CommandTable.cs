using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>Phrase to handler, matched on normalised text (no @mention, trimmed, lower-case): no if/contains chains.</summary>
public sealed class CommandTable
{
    private readonly List<(string Phrase, ICommandHandler Handler)> _entries;

    public CommandTable(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        Handlers = handlers.ToList();
        _entries = Handlers.SelectMany(h => h.Phrases.Select(p => (Phrase: ActivityText.Normalize(p), Handler: h)))
            .OrderByDescending(e => e.Phrase.Length).ToList();
        var duplicate = _entries.GroupBy(e => e.Phrase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The command phrase '{duplicate.Key}' is registered twice.", nameof(handlers));
        }
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    /// <summary>
    /// The handler for <paramref name="text"/> and the argument after its phrase; null when no phrase
    /// matches, or when the words after it are not an argument the command takes (free text, then).
    /// </summary>
    public (ICommandHandler Handler, string Phrase, string Argument)? Match(string? text)
    {
        var original = ActivityText.Normalize(text) is { Length: > 0 } ? CollapseSpaces(text!) : string.Empty;
        var normalized = ActivityText.Normalize(text);
        foreach (var (phrase, handler) in _entries)
        {
            if (normalized == phrase)
            {
                return (handler, phrase, string.Empty);
            }
            if (normalized.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                // Lower-casing keeps the length of the text, so the argument can be cut from the original.
                var argument = original.Length > phrase.Length ? original[(phrase.Length + 1)..].Trim() : string.Empty;
                if (handler.Accepts(phrase, argument))
                {
                    return (handler, phrase, argument);
                }
            }
        }
        return null;
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
