using System.Globalization;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>
/// Finds the choice an answer means, in order of confidence: the exact title or a synonym, the
/// number of the option ("2"), then a single choice that shares the words typed ("well" for "Went well").
/// An answer that fits two choices equally is not guessed.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = ActivityText.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }
        for (var i = 0; i < choices.Count; i++)
        {
            if (Names(choices[i]).Any(name => ActivityText.Normalize(name) == answer))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }
        if (NumberWords.TryParseWhole(answer, out var number) && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1);
        }
        var words = Words(answer);
        var partial = Enumerable.Range(0, choices.Count)
            .Where(i => Names(choices[i]).Select(Words).Any(name => IsSubsequence(words, name) || IsSubsequence(name, words)))
            .ToList();
        return partial.Count == 1 ? new FoundChoice(choices[partial[0]].Value, partial[0]) : null;
    }

    private static IEnumerable<string> Names(Choice choice) => [choice.Value, .. choice.Synonyms ?? []];

    private static readonly char[] Separators = [' ', ',', '.', '-', '/', '!', '?', ';', ':', '(', ')', '"'];

    private static string[] Words(string text) => ActivityText.Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="part"/> appears as consecutive words of <paramref name="whole"/>.</summary>
    private static bool IsSubsequence(string[] part, string[] whole)
    {
        if (part.Length == 0 || part.Length > whole.Length)
        {
            return false;
        }
        for (var start = 0; start + part.Length <= whole.Length; start++)
        {
            if (part.AsSpan().SequenceEqual(whole.AsSpan(start, part.Length)))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Whole numbers typed as digits or as small English words.</summary>
public static class NumberWords
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static bool TryParseWhole(string text, out int value)
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        value = Array.IndexOf(Small, trimmed.ToLowerInvariant());
        return value >= 0;
    }
}
