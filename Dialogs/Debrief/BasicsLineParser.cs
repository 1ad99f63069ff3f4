using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Reads the basics typed on one line, in any order: "C-104 yesterday ongoing video",
/// "C-104, first session, in person, 20/11", or just "C-104". The day, kind and setting words are
/// taken out (by the same parsers the single questions use); what is left is the client code. Parts
/// not given are asked one by one afterwards.
/// </summary>
public static class BasicsLineParser
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
        { "on", "a", "an", "the", "session", "appointment", "it", "was", "with", "and", "-" };

    public static Parsed<BasicsAnswer> Parse(string? text, DateOnly today, Func<string, bool> looksLikePersonalIdentifier)
    {
        ArgumentNullException.ThrowIfNull(looksLikePersonalIdentifier);
        var tokens = (text ?? string.Empty).Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        DateOnly? date = null;
        SessionKind? kind = null;
        SessionSetting? setting = null;
        string? dateRetry = null;
        var rest = new List<string>();
        for (var i = 0; i < tokens.Length;)
        {
            var taken = 0;
            // Longest phrase first: "face to face", "first session", "22 Nov 2026".
            for (var length = Math.Min(3, tokens.Length - i); length >= 1 && taken == 0; length--)
            {
                var phrase = string.Join(' ', tokens, i, length);
                if (IsNumber(phrase))
                {
                    // "1", "2", "3" pick an option when asked alone; on a line they are more likely a code.
                    continue;
                }
                if (setting is null && SessionSettingParser.Parse(phrase) is { Ok: true } s)
                {
                    (setting, taken) = (s.Value, length);
                }
                else if (kind is null && SessionKindParser.Parse(phrase) is { Ok: true } k)
                {
                    (kind, taken) = (k.Value, length);
                }
                else if (date is null && LooksLikeDate(phrase) && AppointmentDateParser.Parse(phrase, today) is var d)
                {
                    if (d.Ok)
                    {
                        (date, taken) = (d.Value, length);
                    }
                    else if (d.Retry != DebriefCopy.DateInvalid)
                    {
                        // A real date that is wrong (in the future, ambiguous): say so rather than call it a code.
                        (dateRetry, taken) = (d.Retry, length);
                    }
                }
            }
            if (taken == 0)
            {
                if (!Filler.Contains(tokens[i]))
                {
                    rest.Add(tokens[i]);
                }
                taken = 1;
            }
            i += taken;
        }
        if (dateRetry is not null)
        {
            return Parsed<BasicsAnswer>.Fail(dateRetry);
        }
        var code = ClientCodeParser.Parse(string.Join(' ', rest), looksLikePersonalIdentifier);
        return code.Ok
            ? Parsed<BasicsAnswer>.Success(new BasicsAnswer(code.Value!, date, kind, setting))
            : Parsed<BasicsAnswer>.Fail(code.Retry!);
    }

    private static bool IsNumber(string phrase) => phrase.All(char.IsAsciiDigit);

    // A client code such as "C-104" or "AB12" is never tried as a date; "20/11", "2026-11-20", "Tue" and "22 Nov" are.
    private static bool LooksLikeDate(string phrase)
        => !phrase.Any(char.IsAsciiLetter) || !phrase.Any(char.IsAsciiDigit) || phrase.Contains(' ', StringComparison.Ordinal);
}

/// <summary>The basics read from one line: the client code always, the rest when given.</summary>
public sealed record BasicsAnswer(string ClientCode, DateOnly? Date, SessionKind? Kind, SessionSetting? Setting);
