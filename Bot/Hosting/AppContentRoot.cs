namespace AllianceBot.Bot.Hosting;

/// <summary>
/// The host's content root is where it looks for appsettings.json. .NET takes the working directory,
/// so a bot started as `dotnet /srv/bot/AllianceBot.Bot.dll` from elsewhere (a service manager, a load
/// harness) read no settings and logged every request. The content root is the application's own
/// folder instead, unless --contentRoot, ASPNETCORE_CONTENTROOT or DOTNET_CONTENTROOT names one.
/// Relative data paths (Storage:LocalPath) still resolve against the working directory.
/// </summary>
public static class AppContentRoot
{
    /// <returns>The application's folder, or null when the command line or environment chose a content root.</returns>
    public static string? For(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return string.IsNullOrWhiteSpace(explicitRoot) ? AppContext.BaseDirectory : null;
    }
}
