using System.Text;
using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.State;

/// <summary>
/// The metadata every backend accepts. Azure only takes C#-identifier names and treats them
/// case-insensitively, and caps a blob's metadata at 8 KB; lowercase identifier names and a small
/// total keep all backends behaving the same.
/// </summary>
public static partial class StorageMetadata
{
    /// <summary>Sum of name lengths and UTF-8 value bytes; leaves room for the Blob backend's percent-encoding.</summary>
    public const int MaxTotalBytes = 2048;

    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Validates and copies, so a caller mutating its dictionary later cannot change a stored item.</summary>
    public static IReadOnlyDictionary<string, string> Normalize(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return Empty;
        }
        var total = 0;
        var copy = new Dictionary<string, string>(metadata.Count, StringComparer.Ordinal);
        foreach (var (name, value) in metadata)
        {
            if (name is null || !IsValidName(name))
            {
                throw new ArgumentException($"Metadata name '{name}' must be a lowercase identifier (a-z, 0-9, '_', starting with a letter, up to 64 characters).", nameof(metadata));
            }
            ArgumentNullException.ThrowIfNull(value, nameof(metadata));
            total += name.Length + Encoding.UTF8.GetByteCount(value);
            copy[name] = value;
        }
        if (total > MaxTotalBytes)
        {
            throw new ArgumentException($"Metadata is larger than {MaxTotalBytes} bytes.", nameof(metadata));
        }
        return copy;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
