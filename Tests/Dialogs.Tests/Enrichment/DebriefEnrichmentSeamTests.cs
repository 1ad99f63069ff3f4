using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.Dialogs.Tests.Support;

namespace AllianceBot.Dialogs.Tests.Enrichment;

/// <summary>The saver's seam: one second look per new archived debrief, never for a repeat.</summary>
public sealed class DebriefEnrichmentSeamTests
{
    private sealed class RecordingEnrichment : IDebriefEnrichment
    {
        public List<string> Calls { get; } = [];

        public Task AfterConfirmedAsync(DebriefRecord record, CancellationToken cancellationToken)
        {
            Calls.Add(record.DebriefId);
            return Task.CompletedTask;
        }
    }

    private static DebriefDraft Draft() => new()
    {
        DebriefId = DebriefIds.New(new DateOnly(2026, 11, 21)),
        StartedAt = DateTimeOffset.UtcNow,
        ClientCode = "C-104",
        Date = new DateOnly(2026, 11, 21),
        Kind = SessionKind.Ongoing,
        Narrative = "We reviewed the job search plan and agreed the next step.",
    };

    [Fact]
    public async Task SaveAsync_SameDraftConfirmedTwice_EnrichmentCalledOnce()
    {
        var storage = new MemoryStorage();
        var enrichment = new RecordingEnrichment();
        var saver = new DebriefSaver(BotHarness.Engine, new StorageDebriefArchive(storage), new NoRoster(), new NoSupervisorNotifier(),
            TimeProvider.System, enrichment);
        var draft = Draft();

        await saver.SaveAsync(draft, new PersonRecord("user-1", "Pat"), CancellationToken.None);
        await saver.SaveAsync(draft, new PersonRecord("user-1", "Pat"), CancellationToken.None);

        Assert.Equal([draft.DebriefId], enrichment.Calls);
    }

    [Fact]
    public void FollowUp_OnlyOfflineFindingsNoPrompts_Null()
    {
        var merged = FindingMerge.Merge([new OfflineFinding("AC-RUSHED", "warning", "I rushed")], []);

        Assert.Null(DebriefFollowUp.Create("D-1", merged, []));
    }

    [Fact]
    public void FollowUp_ModelFinding_ListsOnlyTheNewOne()
    {
        var merged = FindingMerge.Merge([new OfflineFinding("AC-RUSHED", "warning", "I rushed")], [new ModelFinding("BS-TIME", "warning", "ran over")]);

        var text = DebriefFollowUp.Create("D-1", merged, [])!.Text!;

        Assert.Contains(DebriefFollowUpCopy.Finding("BS-TIME", "warning", "ran over"), text);
        Assert.DoesNotContain("AC-RUSHED", text);
    }

    [Fact]
    public async Task DeleteAsync_DebriefWithCompanion_CompanionDeletedToo()
    {
        var storage = new MemoryStorage();
        var enrichment = new RecordingEnrichment();
        var archive = new StorageDebriefArchive(storage);
        var saver = new DebriefSaver(BotHarness.Engine, archive, new NoRoster(), new NoSupervisorNotifier(), TimeProvider.System, enrichment);
        var record = await saver.SaveAsync(Draft(), new PersonRecord("user-1", "Pat"), CancellationToken.None);
        var store = new StorageEnrichmentStore(storage);
        var document = new DebriefEnrichmentDocument
        {
            DebriefId = record.DebriefId, SupervisorSummary = "s", Findings = [], Prompts = [], CreatedAt = DateTimeOffset.UtcNow,
        };
        Assert.True(await store.SaveAsync("user-1", record.Date, document));
        Assert.False(await store.SaveAsync("user-1", record.Date, document));

        await archive.DeleteAsync("user-1", record.DebriefId);

        Assert.Null(await store.GetAsync("user-1", record.Date, record.DebriefId));
        Assert.Empty(await archive.ListRecentAsync("user-1", 10));
    }
}
