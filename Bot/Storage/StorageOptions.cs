namespace AllianceBot.Bot.Storage;

public enum StorageKind
{
    Local,
    Blob,
    Memory,
}

/// <summary>Section "Storage". Production uses <see cref="BlobServiceUri"/> with a managed identity, never an account key.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageKind Kind { get; set; } = StorageKind.Local;

    /// <summary>Root folder of the Local backend, relative to the current directory.</summary>
    public string LocalPath { get; set; } = ".data";

    /// <summary>For Azurite and development only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>https://&lt;account&gt;.blob.core.windows.net, used with DefaultAzureCredential (AZURE_CLIENT_ID picks a user-assigned identity).</summary>
    public Uri? BlobServiceUri { get; set; }

    public string StateContainer { get; set; } = "botstate";

    public string ArchiveContainer { get; set; } = "debriefs";

    /// <summary>
    /// Blob only. True: a turn starts from the conversation state this instance last saved or read,
    /// without a request (its save is still conditional, and it asks before it archives anything).
    /// With several instances behind the bot, a turn that lands on another instance than the one
    /// before finds its copy stale and runs again: still correct, but four requests instead of two.
    /// Set false there.
    /// </summary>
    public bool ReadOwnCopies { get; set; } = true;

    /// <summary>True for a connection string carrying an account key to a real (non-loopback) endpoint.</summary>
    public bool HasAccountKey()
        => Kind == StorageKind.Blob
            && ConnectionString?.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) == true
            && !ConnectionString.Contains("127.0.0.1", StringComparison.Ordinal)
            && !ConnectionString.Contains("localhost", StringComparison.OrdinalIgnoreCase)
            && !ConnectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every problem with the options, in words an operator can act on; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        switch (Kind)
        {
            case StorageKind.Local when string.IsNullOrWhiteSpace(LocalPath):
                problems.Add("Storage:LocalPath must name a folder when Storage:Kind is Local.");
                break;
            case StorageKind.Blob:
                var hasConnection = !string.IsNullOrWhiteSpace(ConnectionString);
                if (hasConnection == (BlobServiceUri is not null))
                {
                    problems.Add("Storage:Kind is Blob: set exactly one of Storage:ConnectionString (Azurite, development) or Storage:BlobServiceUri (managed identity).");
                }
                if (BlobServiceUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
                {
                    problems.Add("Storage:BlobServiceUri must be an absolute https URI (http only for a loopback emulator).");
                }
                problems.AddRange(ContainerProblems(nameof(StateContainer), StateContainer));
                problems.AddRange(ContainerProblems(nameof(ArchiveContainer), ArchiveContainer));
                if (string.Equals(StateContainer, ArchiveContainer, StringComparison.Ordinal))
                {
                    problems.Add("Storage:StateContainer and Storage:ArchiveContainer must differ.");
                }
                break;
        }
        return problems;
    }

    // Azure's container naming rules: 3-63 characters, lowercase letters, digits and single hyphens, starting and ending alphanumeric.
    private static IEnumerable<string> ContainerProblems(string name, string value)
    {
        var valid = value is { Length: >= 3 and <= 63 }
            && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && char.IsAsciiLetterOrDigit(value[0]) && char.IsAsciiLetterOrDigit(value[^1])
            && !value.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            yield return $"Storage:{name} '{value}' is not a valid container name (3-63 lowercase letters, digits and single hyphens).";
        }
    }
}
