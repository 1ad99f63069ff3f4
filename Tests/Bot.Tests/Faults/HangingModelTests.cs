using System.Diagnostics;
using AllianceBot.Bot.Model;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Root;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// A model endpoint that accepts the connection and never answers: the root bot, hosted with model
/// enrichment configured (Model__Endpoint at the fake), must still answer a question within 5 s
/// with the offline, cited answer. Guards the wiring of the enrichers: a model call awaited inside
/// the turn would hang it for the model's whole time budget.
/// </summary>
public sealed class HangingModelTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Ask_ModelEndpointHangs_AnsweredWithinFiveSecondsWithOfflineAnswer()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            model.Enqueue(FakeOpenAiResponse.Hang());
        }
        var config = new Dictionary<string, string?>
        {
            ["Model:Endpoint"] = model.V1Endpoint.ToString(),
            ["Model:Deployment"] = "gpt-test",
            ["Model:ApiKey"] = "test-key",
            ["Model:TimeoutSeconds"] = "60",
        };
        var stores = new BotStores(new MemoryStorage(), new MemoryStorage());
        var bot = AllianceBotFactory.Create(new ConversationState(stores.State), OfflineReasoning.CreateDefault(), StorageDebriefArchive.For(stores));
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(bot, config, stores,
            services => services.AddModel(new ConfigurationBuilder().AddInMemoryCollection(config).Build()));
        Assert.IsType<ModelAnswerer>(host.Services.GetRequiredService<IQuestionAnswerEnricher>());
        var clock = Stopwatch.StartNew();

        var response = await host.PostAsync(TestActivities.Message("ask what is P8?", connector.ServiceUrl));
        var replies = await connector.WaitForMessagesAsync(1, Limit);

        Assert.True(clock.Elapsed < Limit, $"Answered after {clock.ElapsedMilliseconds} ms.");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(replies, r => r.Text?.Contains("P8", StringComparison.Ordinal) == true);
    }
}
