using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Reads a client code and refuses anything that looks like the person behind it.</summary>
public static partial class ClientCodeParser
{
    public static Parsed<string> Parse(string? text, Func<string, bool> looksLikePersonalIdentifier)
    {
        ArgumentNullException.ThrowIfNull(looksLikePersonalIdentifier);
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return Parsed<string>.Fail(DebriefCopy.ClientCodeInvalid);
        }
        if (value.Contains('@') || looksLikePersonalIdentifier(value) || PhoneLike().IsMatch(value) || TwoWords().IsMatch(value))
        {
            return Parsed<string>.Fail(DebriefCopy.ClientCodeLooksPersonal);
        }
        return Code().IsMatch(value)
            ? Parsed<string>.Success(value.ToUpperInvariant())
            : Parsed<string>.Fail(DebriefCopy.ClientCodeInvalid);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-_.#/]{0,23}$")]
    private static partial Regex Code();

    // Seven or more digits, however punctuated, is a phone number rather than a code.
    [GeneratedRegex(@"^\+?[\d\s().\-]{7,}$")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"^\p{L}[\p{L}'\-]+\s+\p{L}[\p{L}'\-]+")]
    private static partial Regex TwoWords();
}
