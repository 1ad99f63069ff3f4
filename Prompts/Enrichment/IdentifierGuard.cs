using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Enrichment;

/// <summary>
/// A last line of defence before text leaves for a model. The caller masks with the engine's
/// masker already; this only catches the obvious patterns that slipped through (emails, phone
/// numbers, nine-digit insurance numbers) and leaves client codes such as C-104 and dates alone.
/// </summary>
public static partial class IdentifierGuard
{
    public static bool ContainsIdentifier(string text) =>
        Email().IsMatch(text) || Phone().IsMatch(text) || NineDigitId().IsMatch(text);

    public static string Mask(string text)
    {
        var masked = Email().Replace(text, "[email]");
        masked = Phone().Replace(masked, "[phone]");
        return NineDigitId().Replace(masked, "[id]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // North-American style (604) 555-1234, 604.555.1234, +1 604 555 1234, and long international numbers.
    [GeneratedRegex(@"(?<![\w-])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])|\+\d[\d\s-]{8,}\d")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w-])\d{3}[\s-]\d{3}[\s-]\d{3}(?![\w-])")]
    private static partial Regex NineDigitId();
}
