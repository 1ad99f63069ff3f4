using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Privacy;

/// <summary>
/// Replaces personal identifiers and people's names with readable masks before anything is stored
/// or sent to a model. Order matters: profile URLs before emails and handles, ID numbers and dates of
/// birth before phone numbers, because their digit runs would otherwise be read as phones; names
/// last, so that "sarah.jones@example.com" is one [email], not a name inside an address.
/// </summary>
public sealed partial class IdentifierMasker
{
    private readonly NameFinder _names;

    public IdentifierMasker()
        : this(NameLexicon.Default)
    {
    }

    internal IdentifierMasker(NameLexicon lexicon) => _names = new NameFinder(lexicon);

    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Address = "[address]";
    public const string ProfileUrl = "[profile-url]";
    public const string IdNumber = "[id-number]";
    public const string DateOfBirth = "[date-of-birth]";
    public const string Name = "[name]";

    /// <summary>Every mask this class writes, so a count can be taken from text that was masked earlier.</summary>
    public static readonly IReadOnlyList<string> Masks = [Email, Phone, Address, ProfileUrl, IdNumber, DateOfBirth, Name];

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string DateValue =
        @"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + Month + @",?\s+\d{4}|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})";

    [GeneratedRegex(@"(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|linkedin\.com|tiktok\.com|x\.com|twitter\.com|snapchat\.com|youtube\.com|threads\.net|reddit\.com|pinterest\.[a-z.]+|tumblr\.com|t\.me|wa\.me|onlyfans\.com|github\.com|mastodon\.social|bsky\.app|vk\.com)/[^\s<>""')\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfileUrlRegex();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    // "@jane_doe" on its own is a social handle; an email was already masked above.
    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_.]{3,30}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();

    [GeneratedRegex(@"(?<keyword>\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?)\b\s*(?:is|was|:|-|=)?\s*)(?<date>" + DateValue + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOfBirthRegex();

    [GeneratedRegex(@"(?<keyword>\b(?:sin|ssn|social\s+insurance(?:\s+number)?|social\s+security(?:\s+number)?|health\s*card|care\s*card|phn|ohip|ramq|medicare|medicaid|health\s+(?:insurance\s+)?number|personal\s+health\s+number|insurance\s+number|patient\s+id|mrn|passport|driver'?s\s+licen[cs]e)\b(?:\s*(?:number|no\.?|num|#))?\s*(?:is|was|:|-|=)?\s*)(?<id>[A-Za-z]{0,4}[\s-]?\d[\d\s-]{4,16}\d(?:[\s-]?[A-Za-z]{1,2})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedIdRegex();

    // Canadian SIN (3-3-3) and US SSN (3-2-4) shapes, with dashes or spaces.
    [GeneratedRegex(@"(?<![\d-])(?:\d{3}[- ]\d{3}[- ]\d{3}|\d{3}-\d{2}-\d{4})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IdShapeRegex();

    [GeneratedRegex(@"(?<![\w+])(?:\+?\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.\-]?\d{3,4}[\s.\-]?\d{3,4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w])|(?<![\w+])\+\d{1,3}(?:[\s.\-]?\d{1,4}){2,5}(?![\w])|(?<![\w-])\d{3}[\s.\-]\d{4}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?:\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*\w{1,6},?\s+)?\b\d{1,6}[A-Za-z]?(?:\s*-\s*\d{1,6})?\s+(?:(?!(?:the|a|an|on|in|of|to|and|or|with|her|his|their|my|our|for|at|by|from|hours?|hrs|minutes?|mins?|times?|sessions?|days?|weeks?|months?|years?|clients?|people|more|less|extra|other|of|was|were|is|are)\b)[A-Za-z0-9'\.]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|crescent|cres|place|pl|terrace|terr|highway|hwy|parkway|pkwy|circle|cir|trail|trl|square|sq|close|row|gardens|gdns|grove|mews|rue|chemin|concession|line|sideroad)\b\.?(?:\s+(?:north|south|east|west|n|s|e|w|ne|nw|se|sw)\b)?(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*\w{1,6})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddressRegex();

    [GeneratedRegex(@"\b(?:p\.?\s?o\.?\s+box|postal\s+box)\s+\d+\b|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostalRegex();

    public MaskedText Mask(string? text)
    {
        if (string.IsNullOrEmpty(text)) return new MaskedText(text ?? "", 0);
        var count = 0;
        var result = text;
        result = Replace(result, ProfileUrlRegex(), ProfileUrl, ref count);
        result = Replace(result, EmailRegex(), Email, ref count);
        result = Replace(result, HandleRegex(), ProfileUrl, ref count);
        result = ReplaceGroup(result, DateOfBirthRegex(), "date", DateOfBirth, ref count);
        result = ReplaceGroup(result, KeyedIdRegex(), "id", IdNumber, ref count);
        result = Replace(result, IdShapeRegex(), IdNumber, ref count);
        result = Replace(result, StreetAddressRegex(), Address, ref count);
        result = Replace(result, PostalRegex(), Address, ref count);
        result = Replace(result, PhoneRegex(), Phone, ref count);
        result = ReplaceNames(result, ref count);
        return new MaskedText(result, count);
    }

    /// <summary>How many masks <paramref name="text"/> carries (from this call or an earlier one).</summary>
    public static int CountMasks(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var n = 0;
        foreach (var mask in Masks)
        {
            for (var i = text.IndexOf(mask, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mask, i + mask.Length, StringComparison.Ordinal)) n++;
        }
        return n;
    }

    /// <summary>True when a proposed client code looks like a name, an email or a phone number rather than a code such as "C-104".</summary>
    public bool LooksLikePersonalIdentifier(string? clientCode)
        => ClientCodeCheck.LooksPersonal(clientCode) || clientCode is not null && _names.ContainsCommonName(clientCode);

    private string ReplaceNames(string text, ref int count)
    {
        var spans = _names.Find(text);
        if (spans.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, length) in spans)
        {
            sb.Append(text, at, start - at).Append(Name);
            at = start + length;
        }
        count += spans.Count;
        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static string Replace(string text, Regex regex, string mask, ref int count)
    {
        var n = 0;
        var replaced = regex.Replace(text, _ => { n++; return mask; });
        count += n;
        return replaced;
    }

    private static string ReplaceGroup(string text, Regex regex, string group, string mask, ref int count)
    {
        var n = 0;
        var replaced = regex.Replace(text, m =>
        {
            n++;
            var g = m.Groups[group];
            return m.Value[..(g.Index - m.Index)] + mask + m.Value[(g.Index - m.Index + g.Length)..];
        });
        count += n;
        return replaced;
    }
}
