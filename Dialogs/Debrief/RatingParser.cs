using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Reads the 1-5 self-ratings: one number ("4", "four") or all three at once ("4 3 5", "4,3,5").
/// A wrong answer gets a retry that says what was wrong ("eleven" is out of range, "5/5" wants just 5).
/// </summary>
public static partial class RatingParser
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    public static Parsed<IReadOnlyList<int>> Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim().TrimEnd('.', '!');
        var fraction = Fraction().Match(value);
        if (fraction.Success)
        {
            return Parsed<IReadOnlyList<int>>.Fail(DebriefCopy.RatingFraction(
                int.Parse(fraction.Groups["n"].Value, CultureInfo.InvariantCulture), int.Parse(fraction.Groups["d"].Value, CultureInfo.InvariantCulture)));
        }
        var parts = Separator().Split(value).Where(p => p.Length > 0).ToArray();
        if (parts.Length is not (1 or 3))
        {
            return Parsed<IReadOnlyList<int>>.Fail(DebriefCopy.RatingNotANumber);
        }
        var numbers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!TryNumber(part, out var number))
            {
                return Parsed<IReadOnlyList<int>>.Fail(DebriefCopy.RatingNotANumber);
            }
            if (number is < 1 or > 5)
            {
                return Parsed<IReadOnlyList<int>>.Fail(DebriefCopy.RatingOutOfRange(number));
            }
            numbers.Add(number);
        }
        return Parsed<IReadOnlyList<int>>.Success(numbers);
    }

    /// <summary>A single rating from a card field (a ChoiceSet value "1".."5").</summary>
    public static Parsed<int> ParseOne(string? text)
    {
        var parsed = Parse(text);
        return parsed switch
        {
            { Ok: true, Value.Count: 1 } => Parsed<int>.Success(parsed.Value[0]),
            { Ok: true } => Parsed<int>.Fail(DebriefCopy.RatingNotANumber),
            _ => Parsed<int>.Fail(parsed.Retry!),
        };
    }

    private static bool TryNumber(string part, out int number)
    {
        if (Words.TryGetValue(part, out number))
        {
            return true;
        }
        // "4.5" and "-1" are not whole numbers on the scale: they fail here and get the general retry.
        return part.Length <= 6 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?:/|out of|of)\s*(?<d>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separator();
}
