using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Reads a tick list typed as text ("1, 3", "P4 P8", "none", "all") or submitted from a card
/// (an Input.ChoiceSet with isMultiSelect sends "P4,P8"). The result holds codes from <c>codes</c> only.
/// </summary>
public static partial class ChecklistParser
{
    private static readonly HashSet<string> None = new(StringComparer.OrdinalIgnoreCase)
        { "none", "no", "nothing", "none of them", "none of these", "neither", "nope", "n/a", "na", "0", "no none" };

    public static Parsed<IReadOnlyList<string>> Parse(string? text, IReadOnlyList<string> codes, string retry)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var value = (text ?? string.Empty).Trim().TrimEnd('.', '!');
        if (None.Contains(value))
        {
            return Parsed<IReadOnlyList<string>>.Success([]);
        }
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase) || value.Equals("all of them", StringComparison.OrdinalIgnoreCase))
        {
            return Parsed<IReadOnlyList<string>>.Success(codes.ToList());
        }
        var picked = new SortedSet<int>();
        foreach (var token in Separator().Split(value).Where(t => t.Length > 0 && !t.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            var index = IndexOf(token, codes);
            if (index < 0)
            {
                return Parsed<IReadOnlyList<string>>.Fail(retry);
            }
            picked.Add(index);
        }
        return picked.Count == 0
            ? Parsed<IReadOnlyList<string>>.Fail(retry)
            : Parsed<IReadOnlyList<string>>.Success(picked.Select(i => codes[i]).ToList());
    }

    private static int IndexOf(string token, IReadOnlyList<string> codes)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= codes.Count ? n - 1 : -1;
    }

    [GeneratedRegex(@"[\s,;&+]+")]
    private static partial Regex Separator();
}
