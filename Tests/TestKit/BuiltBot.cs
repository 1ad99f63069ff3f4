namespace AllianceBot.TestKit;

/// <summary>The bot as the build leaves it, for tests and benchmarks that start it as its own process.</summary>
public static class BuiltBot
{
    public static string Dll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = System.IO.Path.Combine(RepositoryRoot.Path, "Bot", "bin", configuration, "net10.0", "AllianceBot.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the bot first (dotnet build -c {configuration}).", dll);
    }
}
