using System.Security.Cryptography;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Server-side debrief ids such as D-20261122-7K3Q9: the day, then five characters that are easy to read aloud.</summary>
public static class DebriefIdGenerator
{
    // Crockford's base32: no I, L, O or U, so an id read over the phone cannot be misheard.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Next(DateTimeOffset now)
    {
        Span<char> suffix = stackalloc char[5];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"D-{now.UtcDateTime:yyyyMMdd}-{suffix}";
    }

    public static bool IsWellFormed(string? id)
        => id is { Length: 16 } && id.StartsWith("D-", StringComparison.Ordinal) && id[10] == '-'
           && id.AsSpan(2, 8).IndexOfAnyExceptInRange('0', '9') < 0
           && id.AsSpan(11).IndexOfAnyExcept(Alphabet) < 0;
}
