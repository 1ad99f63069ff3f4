using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceBot.Bot.Chat;

/// <summary>`dotnet run --project Bot -- chat`: the same bot and storage as the web host, in the terminal.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContentRoot.For(args) });
        // Logs go to stderr so they never interleave with the conversation on stdout.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton<IProactiveMessenger>(new ConsoleProactiveMessenger(output));
        builder.Services.AddAllianceBotCore(builder.Configuration);
        builder.Services.AddDigests(builder.Configuration);
        using var host = builder.Build();

        var adapter = new ConsoleAdapter(host.Services.GetRequiredService<IBot>(), host.Services.GetRequiredService<TurnRunner>(), output);
        await adapter.RunAsync(input, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
