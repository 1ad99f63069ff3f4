using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Root;
using AllianceBot.Dialogs.Safety;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>
/// The whole bot over real stores: conversation state in <see cref="StateStore"/>, confirmed debriefs
/// through the archive on <see cref="ArchiveStore"/> (which can be made to fail). <see cref="Restart"/>
/// builds new bot instances on the same stores, as a redeploy would.
/// </summary>
public sealed class BotHarness
{
    public BotHarness(IStorage? state = null, IStorage? archive = null, IRosterLookup? roster = null, string user = "user-1",
        DebriefOptions? options = null, ISupervisionReasoning? reasoning = null, ManualClock? clock = null, SafetyOptions? safety = null)
    {
        Safety = safety ?? new SafetyOptions();
        Reasoning = reasoning ?? Engine;
        Clock = clock ?? new ManualClock(ClockStart);
        Options = options ?? new DebriefOptions();
        StateStore = state ?? new MemoryStorage();
        ArchiveStore = new FlakyStorage(archive ?? new MemoryStorage());
        Archive = new StorageDebriefArchive(ArchiveStore);
        Roster = roster ?? new NoRoster();
        // A crisis notice reaches someone only when the practitioner has a supervisor on the roster.
        Notifier.SupervisorReachable = roster is not null and not NoRoster;
        Label = user;
        // Entra object ids are GUIDs; anything else falls back to a hashed from.id (UserIdentity).
        User = Guid.TryParse(user, out _) ? user : new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(user))).ToString("D");
        Client = Build();
    }

    public IStorage StateStore { get; }
    public FlakyStorage ArchiveStore { get; }
    public IDebriefArchive Archive { get; }
    public IRosterLookup Roster { get; }
    /// <summary>The practitioner's identity (a GUID, as Teams gives Entra object ids); <see cref="Label"/> names their chat.</summary>
    public string User { get; }
    public string Label { get; }
    public ManualClock Clock { get; }
    /// <summary>Where a harness's clock starts unless a test gives one: Sunday 22 November 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    /// <summary>The real offline engine, loaded once for all tests (it is immutable).</summary>
    public static OfflineReasoning Engine { get; } = OfflineReasoning.CreateDefault();

    public ISupervisionReasoning Reasoning { get; }
    public RecordingNotifier Notifier { get; } = new();
    public DebriefOptions Options { get; }
    public SafetyOptions Safety { get; }
    public BotTestClient Client { get; private set; }

    /// <summary>What the hourly sweep reports expired drafts through, on this harness's archive and notifier.</summary>
    public ExpiredDraftReporter ExpiredDrafts => new(Archive, Notifier, Clock);

    public void Restart() => Client = Build();

    public Task<IReadOnlyList<Activity>> SendAsync(string text) => Client.SendAsync(text);

    public Task<IReadOnlyList<Activity>> SubmitAsync(IReadOnlyDictionary<string, string> values) => Client.SubmitAsync(values);

    public static string Texts(IEnumerable<Activity> replies) => string.Join("\n---\n", replies.Select(r => r.Text));

    /// <summary>Answers every question of a typed debrief up to the preview (ongoing session, no boundary signs).</summary>
    public async Task<IReadOnlyList<Activity>> DebriefToPreviewAsync(string client = "C-104", string narrative = "We reviewed the job search plan and agreed the next step.", string signs = "none")
    {
        IReadOnlyList<Activity> replies = await SendAsync("debrief");
        foreach (var answer in new[] { client, "today", "ongoing", "in person", narrative, "4 4 4", "1", signs })
        {
            replies = await SendAsync(answer);
        }
        return await SkipToPreviewAsync(replies);
    }

    /// <summary>Skips the optional questions left (reflection, next steps) until the preview shows.</summary>
    public async Task<IReadOnlyList<Activity>> SkipToPreviewAsync(IReadOnlyList<Activity> replies)
    {
        for (var i = 0; i < 5 && !Texts(replies).Contains(DebriefCopy.PreviewIntro, StringComparison.Ordinal); i++)
        {
            replies = await SendAsync("skip");
        }
        return replies;
    }

    public async Task<DebriefRecord> RecordAsync(string debriefId)
        => DebriefRecordBuilder.FromJson((await Archive.GetAsync(User, debriefId))!.Json)!;

    /// <summary>Another practitioner in their own chat, on the same stores: for "only your own" checks.</summary>
    public BotHarness As(string otherUser) => new(StateStore, ArchiveStore, Roster, otherUser, Options, Reasoning, Clock);

    public async Task<IReadOnlyList<ArchivedDebriefEntry>> SavedAsync() => await Archive.ListRecentAsync(User, 100);

    private BotTestClient Build()
    {
        var state = new ConversationState(StateStore);
        var bot = AllianceBotFactory.Create(state, Reasoning, Archive, Roster, Notifier, Clock, Options, safety: Safety);
        var adapter = new TestAdapter(state, conversationId: "conversation-" + Label);
        adapter.Reference.User = new ChannelAccount { Id = "29:" + User, AadObjectId = User, Name = "Pat Practitioner" };
        return new BotTestClient(bot, adapter);
    }
}

public sealed class RecordingNotifier : ISupervisorNotifier
{
    public List<DebriefRecord> Notified { get; } = [];
    public List<DiscardedDebrief> Discarded { get; } = [];
    public List<DiscardedDebrief> Expired { get; } = [];
    public List<DebriefRecord> DeletionRequests { get; } = [];

    public List<CrisisNotice> Crises { get; } = [];

    /// <summary>What NotifyCrisisAsync answers: true as if a supervisor on the roster was told.</summary>
    public bool SupervisorReachable { get; set; }

    public Task NotifyViolationAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        Notified.Add(record);
        return Task.CompletedTask;
    }

    public Task<bool> NotifyCrisisAsync(CrisisNotice notice, CancellationToken cancellationToken)
    {
        Crises.Add(notice);
        return Task.FromResult(SupervisorReachable);
    }

    public Task<bool> NotifyDiscardedAsync(DiscardedDebrief discarded, CancellationToken cancellationToken)
    {
        Discarded.Add(discarded);
        return Task.FromResult(true);
    }

    public Task<bool> NotifyExpiredAsync(DiscardedDebrief expired, CancellationToken cancellationToken)
    {
        Expired.Add(expired);
        return Task.FromResult(true);
    }

    public Task<bool> RequestDeletionAsync(DebriefRecord record, CancellationToken cancellationToken)
    {
        DeletionRequests.Add(record);
        return Task.FromResult(true);
    }
}

public sealed class FixedRoster(string supervisorId, string supervisorName) : IRosterLookup
{
    public Task<SupervisorRef?> FindSupervisorAsync(string practitionerId, CancellationToken cancellationToken)
        => Task.FromResult<SupervisorRef?>(new SupervisorRef(supervisorId, supervisorName));
}
