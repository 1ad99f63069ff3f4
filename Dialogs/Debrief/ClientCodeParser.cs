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
        if (looksLikePersonalIdentifier(value))
        {
            return Parsed<string>.Fail(DebriefCopy.ClientCodeLooksPersonal);
        }
        return Code().IsMatch(value)
            ? Parsed<string>.Success(value.ToUpperInvariant())
            : Parsed<string>.Fail(DebriefCopy.ClientCodeInvalid);
    }

    // Short, no line breaks, at most single spaces ("C-104", "AB12", "client 7").
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9\-_.#/]| (?! )){0,23}$")]
    private static partial Regex Code();
}
