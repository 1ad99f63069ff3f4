using AllianceBot.TestKit;

namespace AllianceBot.Load;

/// <summary>One invocation: the baseline, then the bot on each storage backend, then the figures.</summary>
public static class LoadBenchmark
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        Console.Error.WriteLine($"load: {options.Conversations} conversations, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s measured, {Environment.ProcessorCount} cores");
        await using var sink = await ConnectorSink.StartAsync().ConfigureAwait(false);
        var results = new List<LoadResult>();

        if (options.Target is "baseline" or "both")
        {
            results.AddRange(await RunBaselineAsync(sink, options).ConfigureAwait(false));
        }
        if (options.Target is "bot" or "both")
        {
            foreach (var backend in options.Backends)
            {
                results.AddRange(await RunBotAsync(sink, options, backend).ConfigureAwait(false));
            }
        }
        var botSettings = options.Target is "bot" or "both" ? BotRuntimeSettings.Describe(BuiltBot.Dll(), options.BotEnvironment) : null;
        LoadReport.Print(Console.Out, options, results, botSettings);
        return results.Any(r => r.ErrorCount > 0 || r.Turns == 0) ? 1 : 0;
    }

    private static async Task<List<LoadResult>> RunBaselineAsync(ConnectorSink sink, LoadOptions options)
    {
        var self = typeof(LoadBenchmark).Assembly.Location;
        // Server GC as the bot gets it from the Web SDK, so the comparison is like for like.
        var environment = new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" };
        await using var server = await ServerProcess.StartAsync(self, ["baseline-server"], environment, Path.GetTempPath()).ConfigureAwait(false);
        Console.Error.WriteLine($"  baseline: pid {server.Pid} on port {server.Port}");
        return await RunPhasesAsync("baseline", new Uri(server.BaseUrl + "/api/messages"), sink, new EchoScript(), options, server).ConfigureAwait(false);
    }

    private static async Task<List<LoadResult>> RunPhasesAsync(string name, Uri endpoint, ConnectorSink sink, ILoadScript script, LoadOptions options,
        ServerProcess server)
    {
        var results = new List<LoadResult>();
        foreach (var phase in options.Phases)
        {
            var thinkMs = phase == "paced" ? options.ThinkMs : 0;
            var label = phase == "paced" ? $"{name}, paced {options.ThinkMs} ms" : $"{name}, capacity";
            results.Add(await LoadRunner.RunAsync(label, endpoint, sink, script, options, thinkMs, server).ConfigureAwait(false));
        }
        return results;
    }

    private static async Task<List<LoadResult>> RunBotAsync(ConnectorSink sink, LoadOptions options, string backend)
    {
        var work = Directory.CreateTempSubdirectory("alliancebot-load-");
        AzuriteFixture? azurite = null;
        try
        {
            var environment = new Dictionary<string, string>(options.BotEnvironment) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
            if (backend == "azurite")
            {
                azurite = options.AzuritePersistence == "memory" ? AzuriteFixture.InMemory() : new AzuriteFixture();
                await azurite.InitializeAsync().ConfigureAwait(false);
                environment["Storage__Kind"] = "Blob";
                environment["Storage__ConnectionString"] = azurite.ConnectionString;
            }
            else
            {
                environment["Storage__Kind"] = "Local";
                environment["Storage__LocalPath"] = Path.Combine(work.FullName, "data");
            }
            // --bot-env wins over the backend's settings, so an experiment can swap the store (Storage__Kind=Memory).
            foreach (var (name, value) in options.BotEnvironment)
            {
                environment[name] = value;
            }
            // Started from another folder, as a service manager starts it: the bot must find its own appsettings.json (issue #25).
            var bot = await ServerProcess.StartAsync(BuiltBot.Dll(), [], environment, work.FullName).ConfigureAwait(false);
            var endpoint = new Uri(bot.BaseUrl + "/api/messages");
            ILoadScript script = new EchoScript();
            if (options.Script != "echo")
            {
                script = new DebriefScript();
            }
            await using var _ = bot;
            Console.Error.WriteLine($"  bot ({backend}): pid {bot.Pid} on port {bot.Port}, script {script.Name}");
            var label = backend == "azurite" && options.AzuritePersistence == "memory" ? "bot azurite (in memory)" : $"bot {backend}";
            var result = await RunPhasesAsync(label, endpoint, sink, script, options, bot).ConfigureAwait(false);
            if (result.Any(r => r.ErrorCount > 0))
            {
                Console.Error.WriteLine($"  bot ({backend}) log tail:{Environment.NewLine}{bot.Tail()}");
            }
            return result;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
            work.Delete(recursive: true);
        }
    }
}
