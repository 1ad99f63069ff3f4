namespace AllianceBot.Prompts.Meaning;

/// <summary>
/// The process's one embedding model: loading it costs about a quarter of a second and some 100 MB,
/// so it is loaded once, on first use, and shared by every engine in the process.
/// </summary>
public static class SharedEmbedder
{
    private static readonly Lazy<ITextEmbedder> s_model = new(() => new CachedEmbedder(new MiniLmEmbedder()), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ITextEmbedder Instance => s_model.Value;

    /// <summary>True once the model has been loaded (for readiness checks that must not load it themselves).</summary>
    public static bool IsLoaded => s_model.IsValueCreated;
}
