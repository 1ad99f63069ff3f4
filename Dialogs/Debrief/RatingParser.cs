using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Reads the 1-5 self-ratings however they are typed: one number ("4", "four", "4/5", "4 out of 5"),
/// all three in order ("4 3 5", "4,3,5", "4/5 3/5 5/5") or named in any order ("goals 4 tasks 3 bond 5",
/// "bond: 5, goals: 4"). A wrong answer gets a retry that says what was wrong ("eleven" is out of range,
/// "8/10" is not on the scale).
/// </summary>
public static partial class RatingParser
{
    private const int Scale = 5;

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly Dictionary<string, RatingName> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["goals"] = RatingName.Goals, ["goal"] = RatingName.Goals, ["g"] = RatingName.Goals,
        ["tasks"] = RatingName.Tasks, ["task"] = RatingName.Tasks, ["roles"] = RatingName.Tasks, ["t"] = RatingName.Tasks,
        ["bond"] = RatingName.Bond, ["trust"] = RatingName.Bond, ["b"] = RatingName.Bond,
    };

    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "and", "the", "is", "was" };

    public static Parsed<RatingAnswer> Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant();
        // "4/5", "4 out of 5", "4 of 5": the number on our scale. Any other "n/m" is a different scale.
        foreach (Match fraction in Fraction().Matches(value))
        {
            var outOf = int.Parse(fraction.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (outOf != Scale)
            {
                return Parsed<RatingAnswer>.Fail(DebriefCopy.RatingFraction(int.Parse(fraction.Groups["n"].Value, CultureInfo.InvariantCulture), outOf));
            }
        }
        value = Fraction().Replace(value, "${n}");
        var tokens = Separator().Split(value).Where(t => t.Length > 0 && !Filler.Contains(t)).ToList();
        var named = new Dictionary<RatingName, int>();
        var plain = new List<int>();
        RatingName? pending = null;
        foreach (var token in SplitGlued(tokens))
        {
            if (Names.TryGetValue(token, out var name))
            {
                if (pending is not null)
                {
                    return Parsed<RatingAnswer>.Fail(DebriefCopy.RatingNotANumber);
                }
                pending = name;
                continue;
            }
            if (!TryNumber(token, out var number))
            {
                return Parsed<RatingAnswer>.Fail(DebriefCopy.RatingNotANumber);
            }
            if (number is < 1 or > Scale)
            {
                return Parsed<RatingAnswer>.Fail(DebriefCopy.RatingOutOfRange(number));
            }
            if (pending is { } current)
            {
                named[current] = number;
                pending = null;
            }
            else
            {
                plain.Add(number);
            }
        }
        return (named.Count, plain.Count, pending) switch
        {
            (_, _, not null) => Parsed<RatingAnswer>.Fail(DebriefCopy.RatingNotANumber),
            (0, 1, _) => Parsed<RatingAnswer>.Success(new RatingAnswer(null, null, null, plain[0])),
            (0, 3, _) => Parsed<RatingAnswer>.Success(new RatingAnswer(plain[0], plain[1], plain[2], null)),
            ( > 0, 0, _) => Parsed<RatingAnswer>.Success(new RatingAnswer(Get(named, RatingName.Goals), Get(named, RatingName.Tasks), Get(named, RatingName.Bond), null)),
            _ => Parsed<RatingAnswer>.Fail(DebriefCopy.RatingNotANumber),
        };
    }

    /// <summary>A single rating from a card field (a ChoiceSet value "1".."5").</summary>
    public static Parsed<int> ParseOne(string? text)
    {
        var parsed = Parse(text);
        return parsed switch
        {
            { Ok: true, Value.Single: { } single } => Parsed<int>.Success(single),
            { Ok: true } => Parsed<int>.Fail(DebriefCopy.RatingNotANumber),
            _ => Parsed<int>.Fail(parsed.Retry!),
        };
    }

    private static int? Get(Dictionary<RatingName, int> named, RatingName name) => named.TryGetValue(name, out var v) ? v : null;

    /// <summary>"goals4" and "g4" are a name and a number typed without a space.</summary>
    private static IEnumerable<string> SplitGlued(IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            var glued = Glued().Match(token);
            if (glued.Success && Names.ContainsKey(glued.Groups["name"].Value))
            {
                yield return glued.Groups["name"].Value;
                yield return glued.Groups["n"].Value;
            }
            else
            {
                yield return token;
            }
        }
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

    private enum RatingName
    {
        Goals,
        Tasks,
        Bond,
    }

    [GeneratedRegex(@"(?<n>\d+)\s*(?:/|out of|of)\s*(?<d>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"[\s,;:=]+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<name>[a-z]+)(?<n>\d+)$")]
    private static partial Regex Glued();
}

/// <summary>
/// What a rating answer gave: named or ordered ratings (goals, tasks, bond), or one unnamed number
/// (<see cref="Single"/>) that belongs to the rating being asked.
/// </summary>
public sealed record RatingAnswer(int? Goals, int? Tasks, int? Bond, int? Single);
