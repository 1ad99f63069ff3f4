using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Archive;

/// <summary>
/// Debrief ids are made here, never taken from users: "D-" + date + "-" + five Crockford base-32
/// characters (no I, L, O, U, so they read back unambiguously). Anything else is refused before it
/// can reach a storage key.
/// </summary>
public static partial class DebriefIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateOnly date)
    {
        Span<char> suffix = stackalloc char[5];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"D-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{suffix}";
    }

    public static bool IsValid(string? id)
        => id is not null
            && Pattern().IsMatch(id)
            && DateOnly.TryParseExact(id.AsSpan(2, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>
    /// An id as a person may type it: any case, spaces around, and the letters Crockford's alphabet
    /// leaves out read as the digits they look like (O as 0, I and L as 1) in the random part.
    /// </summary>
    public static string Normalize(string? typed)
    {
        var id = (typed ?? string.Empty).Trim().ToUpperInvariant();
        var dash = id.LastIndexOf('-');
        if (dash < 0 || !id.StartsWith("D-", StringComparison.Ordinal))
        {
            return id;
        }
        return id[..(dash + 1)] + id[(dash + 1)..].Replace('O', '0').Replace('I', '1').Replace('L', '1');
    }

    public static void EnsureValid(string? id)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException("Not a debrief id (expected D-yyyyMMdd-XXXXX).", nameof(id));
        }
    }

    // \z, not $: '$' would also accept a trailing newline.
    [GeneratedRegex(@"^D-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
