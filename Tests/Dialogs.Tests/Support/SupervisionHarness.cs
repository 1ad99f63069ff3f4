using System.Collections.Concurrent;
using System.Text;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Root;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>
/// The bot as supervisors and practitioners meet it: the real roster, alerts, notifier, digests and
/// supervisor commands over one set of in-memory stores on a hand-moved clock. Each person has their
/// own 1:1 chat; what the bot sends outside a turn (alerts, reminders, answers to requests) is in
/// <see cref="Messenger"/>.
/// </summary>
public sealed class SupervisionHarness
{
    private readonly ConcurrentDictionary<string, BotTestClient> _chats = new();

    private SupervisionHarness(ManualClock clock, MemoryStorage archiveStore, RosterStore rosters)
    {
        Clock = clock;
        ArchiveStore = archiveStore;
        Rosters = rosters;
        Archive = new StorageDebriefArchive(ArchiveStore);
        Alerts = new AlertStore(ArchiveStore);
        Notifier = new SupervisorNotifier(new SupervisorAlerts(Rosters, Messenger, Alerts, Clock));
        Digests = new DigestService(Archive, ArchiveStore, Rosters, Clock, Options, Alerts);
        Links = new DigestLinks(null, Clock, Options.LinkLifetime, () => "https://bot.test");
        Reminders = new AlertReminders(Alerts, Messenger, AlertOptions, Clock);
        var access = new AccessPolicy(Rosters);
        var commands = new SupervisorCommands(access, Digests,
            new DebriefReviewer(access, Archive, BotHarness.Engine.Knowledge),
            new AlertAcknowledger(Alerts, Clock),
            new DeletionDecisions(Rosters, Archive, Alerts, Messenger, Clock),
            Options, Clock, Links);
        StateStore = new MemoryStorage(Clock);
        State = new ConversationState(StateStore);
        Bot = AllianceBotFactory.Create(State, BotHarness.Engine, Archive, Rosters,
            Notifier, Clock, new DebriefOptions(), [new SupervisorCommandHandler(commands)]);
    }

    public static async Task<SupervisionHarness> CreateAsync()
    {
        var clock = new ManualClock(BotHarness.ClockStart);
        var archive = new MemoryStorage(clock);
        return new SupervisionHarness(clock, archive, await RosterAsync(archive, clock));
    }

    public ManualClock Clock { get; }
    public MemoryStorage ArchiveStore { get; }
    public RosterStore Rosters { get; }
    public StorageDebriefArchive Archive { get; }
    public AlertStore Alerts { get; }
    public DigestService Digests { get; }
    public DigestLinks Links { get; }
    public AlertReminders Reminders { get; }
    public TestMessenger Messenger { get; } = new();
    public IBot Bot { get; }
    /// <summary>The conversation state the bot saves and the test adapter's turn runner loads.</summary>
    public ConversationState State { get; }
    public MemoryStorage StateStore { get; }
    /// <summary>The real notifier (alerts through <see cref="Messenger"/>), as the host's draft sweep is given it.</summary>
    public SupervisorNotifier Notifier { get; }
    public DigestOptions Options { get; } = new() { TimeZone = "UTC" };
    public AlertOptions AlertOptions { get; } = new() { RemindAfter = TimeSpan.FromHours(4), MaxReminders = 2 };

    /// <summary>The 1:1 chat of a person on the roster (Sam, Alex, Kim, Dana, Lee).</summary>
    public BotTestClient Chat(string id, string name) => _chats.GetOrAdd(id, _ =>
    {
        var adapter = new TestAdapter(State, conversationId: "chat-" + id);
        adapter.Reference.User = new ChannelAccount { Id = "29:" + id, AadObjectId = id, Name = name };
        return new BotTestClient(Bot, adapter);
    });

    public BotTestClient SamChat => Chat(Sam, "Sam Rivera");
    public BotTestClient DanaChat => Chat(Dana, "Dana Lee");

    /// <summary>A typed debrief confirmed by Sam; <paramref name="boundaryAnswer"/> answers the boundary check.</summary>
    public async Task<string> ConfirmAsync(string narrative, string boundaryAnswer = "none", string client = "C-104", string? bring = null, string ratings = "4 4 4")
    {
        var chat = SamChat;
        foreach (var answer in new[] { "debrief", $"{client} today ongoing video", narrative, ratings, "1", boundaryAnswer, "Book the next session." })
        {
            await chat.SendAsync(answer);
        }
        await chat.SendAsync(bring ?? "skip");
        var receipt = await chat.SendAsync("confirm");
        var text = string.Join(" ", receipt.Select(r => r.Text));
        var id = System.Text.RegularExpressions.Regex.Match(text, @"D-\d{8}-[0-9A-Z]{5}").Value;
        Assert.False(string.IsNullOrEmpty(id), "No receipt: " + text);
        return id;
    }

    public async Task<DebriefRecord?> RecordAsync(string practitioner, string id)
        => await Archive.GetAsync(practitioner, id) is { } archived ? DebriefRecordBuilder.FromJson(archived.Json) : null;

    public static string Texts(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(VisibleText.Of));

    /// <summary>The id an alert's Acknowledge button sends.</summary>
    public static string AlertId(Activity alert)
        => CardActions.Commands(alert).Single(c => c.StartsWith("acknowledge ", StringComparison.Ordinal))["acknowledge ".Length..];
}

/// <summary>Records what the bot sends outside a turn.</summary>
public sealed class TestMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(string User, Activity Activity)> _sent = new();

    public bool Reachable { get; set; } = true;

    public IReadOnlyList<(string User, Activity Activity)> Sent => [.. _sent];

    public IReadOnlyList<Activity> To(string user) => Sent.Where(s => s.User == user).Select(s => s.Activity).ToList();

    public Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (!Reachable)
        {
            return Task.FromResult(false);
        }
        foreach (var activity in activities)
        {
            _sent.Enqueue((userKey, activity));
        }
        return Task.FromResult(true);
    }
}
