namespace AllianceBot.Bot.Storage;

/// <summary>
/// Blob metadata travels as HTTP headers, so values must be ASCII. Values are percent-encoded
/// (RFC 3986 unreserved characters stay readable: "2026-11-22", "high") and decoded on the way back.
/// Names are already lowercase identifiers (<see cref="Dialogs.State.StorageMetadata"/>).
/// </summary>
internal static class BlobMetadata
{
    /// <summary>
    /// Set by the store itself on conditional writes, never handed to callers: which write put
    /// this version there (see <see cref="BlobStorage"/> on lost answers).
    /// </summary>
    public const string WriteId = "alliancebot_write";

    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, string> metadata, string? writeId = null)
    {
        var encoded = new Dictionary<string, string>(metadata.Count + 1, StringComparer.Ordinal);
        foreach (var (name, value) in metadata)
        {
            encoded[name] = Uri.EscapeDataString(value);
        }
        if (writeId is not null)
        {
            encoded[WriteId] = writeId;
        }
        return encoded;
    }

    public static string? WriteIdOf(IDictionary<string, string>? metadata)
        => metadata?.FirstOrDefault(m => string.Equals(m.Key, WriteId, StringComparison.OrdinalIgnoreCase)).Value;

    public static IReadOnlyDictionary<string, string> Decode(IDictionary<string, string>? metadata)
    {
        var decoded = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata is null)
        {
            return decoded;
        }
        foreach (var (name, value) in metadata)
        {
            // The service may hand names back in another case; ours are lowercase by contract.
            var lower = name.ToLowerInvariant();
            if (lower != WriteId)
            {
                decoded[lower] = Uri.UnescapeDataString(value);
            }
        }
        return decoded;
    }
}
