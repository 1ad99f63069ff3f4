using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Tests.Storage;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>A user (or a client bug) sends 20 messages of one conversation in the same instant.</summary>
public sealed class ConcurrentMessagesTests
{
    [Theory]
    [InlineData("memory")]
    [InlineData("local")]
    [InlineData("journal")]
    public async Task Post_TwentyMessagesAtOnce_EveryAnswerCountedOnceAndStateConsistent(string backend)
    {
        using var folder = new TempFolder();
        using var journal = new JournaledFolderStorage(folder.Path);
        var store = backend switch
        {
            "local" => new LocalFolderStorage(folder.Path),
            "journal" => journal,
            _ => (IStorage)new MemoryStorage(),
        };
        var bot = new TestBot();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(bot, stores: new BotStores(store, new MemoryStorage()));
        bot.State = host.Services.GetRequiredService<ConversationState>();
        const string conversation = "a:burst;messageid=1";
        using var start = new ManualResetEventSlim();

        var posts = Enumerable.Range(1, 20).Select(i => Task.Run(() =>
        {
            start.Wait();
            return host.PostAsync(TestActivities.Message($"m{i}", connector.ServiceUrl, conversation));
        })).ToArray();
        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        var replies = await connector.WaitForMessagesAsync(20);
        Assert.Equal(20, replies.Count);
        // Each turn saw the previous one's count: 1..20, each once; and every message is answered.
        var counts = replies.Select(r => int.Parse(r.Text!.Split(':')[0]["echo ".Length..])).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 20), counts);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"m{i}").Order(), replies.Select(r => r.Text!.Split(": ", 2)[1]).Order());
        Assert.Equal(1, bot.MaxConcurrent);
        var saved = await store.ReadAsync(ConversationState.KeyFor("msteams", conversation));
        Assert.Contains("\"count\":20", System.Text.Encoding.UTF8.GetString(saved!.Content.Span), StringComparison.Ordinal);
    }
}
