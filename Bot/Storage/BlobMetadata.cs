namespace AllianceBot.Bot.Storage;

/// <summary>
/// Blob metadata travels as HTTP headers, so values must be ASCII. Values are percent-encoded
/// (RFC 3986 unreserved characters stay readable: "2026-11-22", "high") and decoded on the way back.
/// Names are already lowercase identifiers (<see cref="Dialogs.State.StorageMetadata"/>).
/// </summary>
internal static class BlobMetadata
{
    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, string> metadata)
    {
        var encoded = new Dictionary<string, string>(metadata.Count, StringComparer.Ordinal);
        foreach (var (name, value) in metadata)
        {
            encoded[name] = Uri.EscapeDataString(value);
        }
        return encoded;
    }

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
            decoded[name.ToLowerInvariant()] = Uri.UnescapeDataString(value);
        }
        return decoded;
    }
}
