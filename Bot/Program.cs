using AllianceBot.Bot.Chat;
using AllianceBot.Bot.Hosting;

if (args is ["chat", ..])
{
    return await ChatCommand.RunAsync(args[1..], Console.In, Console.Out, CancellationToken.None);
}
// LEAD: forward the engine's CLI verbs here once AllianceBot.Bot.Cli.EngineCommands exists:
// if (await AllianceBot.Bot.Cli.EngineCommands.TryRunAsync(args, Console.In, Console.Out, CancellationToken.None) is int code) return code;

var builder = WebApplication.CreateBuilder(args);
builder.UseLocalDefaultUrl();
builder.Services.AddAllianceBot(builder.Configuration);

var app = builder.Build();
app.MapBotEndpoints();
await app.RunAsync();
return 0;
