using System.Text.Json;

namespace AllianceBot.Load;

/// <summary>
/// The GC and JIT settings the bot ran with: its runtimeconfig.json, then any DOTNET_ variables from
/// --bot-env over them. Memory and CPU figures mean little without them, so the report prints them.
/// </summary>
public static class BotRuntimeSettings
{
    public static string Describe(string botDll, IReadOnlyDictionary<string, string> botEnvironment)
    {
        var settings = new List<string>();
        var config = Path.ChangeExtension(botDll, ".runtimeconfig.json");
        if (File.Exists(config))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(config));
            if (document.RootElement.TryGetProperty("runtimeOptions", out var runtime)
                && runtime.TryGetProperty("configProperties", out var properties))
            {
                settings.AddRange(properties.EnumerateObject()
                    .Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal) || p.Name.StartsWith("System.Runtime.Tiered", StringComparison.Ordinal))
                    .Select(p => $"{p.Name}={p.Value.GetRawText()}"));
            }
        }
        settings.AddRange(botEnvironment.Where(e => e.Key.StartsWith("DOTNET_", StringComparison.Ordinal)).Select(e => $"{e.Key}={e.Value}"));
        return settings.Count == 0 ? "runtime defaults" : string.Join(", ", settings.OrderBy(s => s, StringComparer.Ordinal));
    }
}
