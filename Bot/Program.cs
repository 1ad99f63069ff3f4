using AllianceBot.Bot.Chat;
using AllianceBot.Bot.Cli;
using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Telemetry;

if (CommandLine.TryHandle(args, Console.Out, Console.Error) is int handled)
{
    return handled;
}
if (args is ["chat", ..])
{
    return await ChatCommand.RunAsync(args[1..], Console.In, Console.Out, CancellationToken.None);
}
if (await EngineCommands.TryRunAsync(args, Console.In, Console.Out, CancellationToken.None) is int code)
{
    return code;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContentRoot.For(args) });
builder.UseLocalDefaultUrl();
builder.Services.AddAllianceBot(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddDigests(builder.Configuration);

var app = builder.Build();
if (await RosterCommands.TryRunAsync(args, app.Services, Console.Out, CancellationToken.None) is int rosterCode)
{
    return rosterCode;
}
app.MapBotEndpoints();
app.MapDigestPage();
await app.RunAsync();
return 0;
