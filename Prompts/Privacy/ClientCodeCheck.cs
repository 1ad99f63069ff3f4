using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Privacy;

/// <summary>
/// Tells a client code ("C-104", "AB12", "client 7") from something that identifies a person
/// ("Sarah Jones", "john", an email or phone number). Codes carry digits or are short capitals;
/// names are one to three alphabetic words.
/// </summary>
internal static partial class ClientCodeCheck
{
    private static readonly HashSet<string> CodeWords = ["client", "cl", "c", "case", "file", "id", "anon", "anonymous", "pt", "patient", "kid", "youth", "family", "couple", "group", "test", "demo", "new", "intake", "ref", "no", "number", "code"];

    [GeneratedRegex(@"^[\p{L}][\p{L}'\-]*(?:\s+[\p{L}][\p{L}'\-\.]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShapeRegex();

    [GeneratedRegex(@"\S+@\S+\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    public static bool LooksPersonal(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return false;
        var c = code.Trim();
        if (EmailRegex().IsMatch(c)) return true;
        if (c.Count(char.IsDigit) >= 7) return true;       // phone numbers, SINs, health cards
        if (c.Any(char.IsDigit)) return false;              // "C-104", "AB12", "client 7"
        if (!NameShapeRegex().IsMatch(c)) return false;     // punctuation-heavy codes
        var words = c.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => CodeWords.Contains(w.ToLowerInvariant()))) return false;
        // Short all-capital strings are initials-style codes ("AB", "JKL").
        if (words.Length == 1 && c.Length <= 4 && c.All(ch => char.IsUpper(ch) || ch == '-')) return false;
        if (words.Length == 1 && c.Length < 3) return false;
        return true;
    }
}
