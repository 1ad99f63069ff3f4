using AllianceBot.Bot.Hosting;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Root;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Load;

/// <summary>
/// Bot/Program.cs line for line (same builder, logging, wire, storage and endpoint), with the root
/// debrief bot registered ahead of it. Used only while Bot/ still registers its placeholder echo
/// bot; once it registers the root bot the benchmark runs Bot/'s own dll.
/// </summary>
public static class DebriefServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseLocalDefaultUrl();
        builder.Services.AddSingleton(OfflineReasoning.CreateDefault());
        builder.Services.AddSingleton<IBot>(sp => AllianceBotFactory.Create(
            sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<OfflineReasoning>(), sp.GetRequiredService<IDebriefArchive>()));
        builder.Services.AddAllianceBot(builder.Configuration);
        var app = builder.Build();
        app.MapBotEndpoints();
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
