using Microsoft.Extensions.Configuration.Json;

namespace AllianceBot.Bot.Hosting;

/// <summary>The settings files a configuration looked for, and which of them it found, for the startup log.</summary>
public static class SettingsSources
{
    public static (IReadOnlyList<string> Read, IReadOnlyList<string> Missing) Files(IConfiguration configuration)
    {
        var read = new List<string>();
        var missing = new List<string>();
        if (configuration is IConfigurationRoot root)
        {
            foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
            {
                var source = provider.Source;
                if (source.Path is not { } path)
                {
                    continue;
                }
                var file = source.FileProvider?.GetFileInfo(path);
                var full = file?.PhysicalPath ?? path;
                (file?.Exists == true ? read : missing).Add(full);
            }
        }
        return (read, missing);
    }
}
