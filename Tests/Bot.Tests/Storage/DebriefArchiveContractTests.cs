using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>The debrief archive on every backend.</summary>
public abstract partial class DebriefArchiveContractTests
{
    private const string Alice = "aad:alice@contoso.example";
    private const string Bob = "aad:bob";

    private readonly Lazy<RecordingStorage> _recording;

    protected DebriefArchiveContractTests() => _recording = new(() => new RecordingStorage(Storage));

    protected abstract IStorage Storage { get; }

    private RecordingStorage Recorded => _recording.Value;

    private StorageDebriefArchive Archive => new(Recorded);

    private static ArchivedDebrief Debrief(string practitioner, DateOnly date, string severity = "none", string? id = null) => new(
        id ?? DebriefIds.New(date),
        practitioner,
        date,
        $$"""{"summary":"Goals agreed; bond strained","date":"{{date:yyyy-MM-dd}}","note":"Zoë 😀"}""",
        $"# Debrief {date:yyyy-MM-dd}\n\n- Goals agreed\n- Bond strained (P8)\n",
        new Dictionary<string, string> { ["severity"] = severity, ["items"] = "P8 K3" });

    [Fact]
    public async Task SaveAsync_ThenGet_ReturnsJsonMarkdownAndTags()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22), "yellow");

        var receipt = await Archive.SaveAsync(debrief);
        var loaded = await Archive.GetAsync(Alice, debrief.DebriefId);

        Assert.False(receipt.AlreadyArchived);
        Assert.NotNull(loaded);
        Assert.Equal(debrief.Json, loaded.Json);
        Assert.Equal(debrief.Markdown, loaded.Markdown);
        Assert.Equal(debrief.Date, loaded.Date);
        Assert.Equal(debrief.Tags.OrderBy(t => t.Key), loaded.Tags.OrderBy(t => t.Key));
    }

    [Fact]
    public async Task GetJsonAsync_ListedEntry_OneReadOfTheRecordAndOnlyForItsPractitioner()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));
        var receipt = await Archive.SaveAsync(debrief);
        var entry = Assert.Single(await Archive.ListRecentAsync(Alice, 5));
        Recorded.Read.Clear();

        var json = await Archive.GetJsonAsync(Alice, entry);
        var reads = Recorded.Read.ToList();
        var asBob = await Archive.GetJsonAsync(Bob, entry);

        Assert.Equal(debrief.Json, json);
        Assert.Equal([receipt.JsonKey], reads);
        Assert.Null(asBob);
    }

    [Fact]
    public async Task SaveAsync_StoresJsonAndMarkdownUnderPredictablePaths()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 3, 5), id: "D-20260305-7K3Q9");

        var receipt = await Archive.SaveAsync(debrief);

        var folder = $"debriefs/{StorageKey.Segment(Alice)}/2026/03/05/";
        Assert.Equal(folder + "D-20260305-7K3Q9.json", receipt.JsonKey);
        Assert.Equal(folder + "D-20260305-7K3Q9.md", receipt.MarkdownKey);
        var listed = new List<StorageEntry>();
        await foreach (var entry in Storage.ListAsync(folder))
        {
            listed.Add(entry);
        }
        Assert.Equal([receipt.JsonKey, receipt.MarkdownKey], listed.Select(e => e.Key));
        Assert.All(listed, e => Assert.Equal("2026-03-05", e.Metadata["date"]));
        Assert.All(listed, e => Assert.Equal(Alice, e.Metadata["practitioner"]));
        Assert.All(listed, e => Assert.Equal("none", e.Metadata["tag_severity"]));
    }

    [Fact]
    public async Task SaveAsync_RetriedWithSameId_ReturnsExistingReceiptAndNeverOverwrites()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));
        var first = await Archive.SaveAsync(debrief);

        var retry = await Archive.SaveAsync(debrief with { Markdown = "# changed", Date = new DateOnly(2026, 11, 23) });

        Assert.True(retry.AlreadyArchived);
        Assert.Equal(first with { AlreadyArchived = true }, retry);
        Assert.Equal(debrief.Markdown, (await Archive.GetAsync(Alice, debrief.DebriefId))!.Markdown);
        Assert.Single(await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public async Task SaveAsync_SameClaimRetried_IsTheSameDebrief()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22)) with { Claim = "draft-1" };
        await Archive.SaveAsync(debrief);

        var retry = await Archive.SaveAsync(debrief with { Markdown = "# changed" });

        Assert.True(retry.AlreadyArchived);
        Assert.Equal(debrief.Markdown, (await Archive.GetAsync(Alice, debrief.DebriefId))!.Markdown);
    }

    [Fact]
    public async Task SaveAsync_AnotherDraftDrewTheSameId_IsRefusedAndTheFirstStands()
    {
        var first = Debrief(Alice, new DateOnly(2026, 11, 22)) with { Claim = "draft-1" };
        await Archive.SaveAsync(first);

        var clash = await Assert.ThrowsAsync<DebriefIdTakenException>(
            () => Archive.SaveAsync(first with { Claim = "draft-2", Markdown = "# another session" }));

        Assert.Equal(first.DebriefId, clash.DebriefId);
        Assert.Equal(first.Markdown, (await Archive.GetAsync(Alice, first.DebriefId))!.Markdown);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentRetriesOfOneDebrief_StoreOneCopy()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));

        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Archive.SaveAsync(debrief))));

        Assert.Single(receipts, r => !r.AlreadyArchived);
        Assert.Single(await Archive.ListRecentAsync(Alice, 10));
        Assert.NotNull(await Archive.GetAsync(Alice, debrief.DebriefId));
    }

    [Fact]
    public async Task SaveAsync_InterruptedAfterClaim_RetryCompletesIt()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));
        var receipt = await Archive.SaveAsync(debrief);
        await Storage.DeleteAsync(receipt.MarkdownKey);
        Assert.Null(await Archive.GetAsync(Alice, debrief.DebriefId));

        await Archive.SaveAsync(debrief);

        Assert.Equal(debrief.Markdown, (await Archive.GetAsync(Alice, debrief.DebriefId))!.Markdown);
    }

    [Fact]
    public async Task GetAsync_AnotherPractitionersId_ReturnsNull()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));
        await Archive.SaveAsync(debrief);

        Assert.Null(await Archive.GetAsync(Bob, debrief.DebriefId));
        Assert.False(await Archive.DeleteAsync(Bob, debrief.DebriefId));
        Assert.NotNull(await Archive.GetAsync(Alice, debrief.DebriefId));
    }

    [Theory]
    [InlineData("../index/D-20261122-7K3Q9")]
    [InlineData("D-20261122-7K3Q9\n")]
    [InlineData("D-20261122-7K3QI")]
    [InlineData("D-20261340-7K3Q9")]
    [InlineData("d-20261122-7k3q9")]
    [InlineData("D-20261122-7K3Q9/../x")]
    [InlineData("")]
    public async Task EveryOperation_MalformedId_NeverReachesStorage(string id)
    {
        Assert.False(DebriefIds.IsValid(id));
        await Assert.ThrowsAsync<ArgumentException>(() => Archive.SaveAsync(Debrief(Alice, new DateOnly(2026, 11, 22), id: id)));
        Assert.Null(await Archive.GetAsync(Alice, id));
        Assert.False(await Archive.DeleteAsync(Alice, id));
        Assert.Empty(Recorded.Listed);
    }

    [Fact]
    public async Task SaveAsync_InvalidJsonOrTagName_IsRejected()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));

        await Assert.ThrowsAsync<ArgumentException>(() => Archive.SaveAsync(debrief with { Json = "{not json" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Archive.SaveAsync(debrief with { Tags = new Dictionary<string, string> { ["Severity Level"] = "x" } }));
        Assert.Null(await Archive.GetAsync(Alice, debrief.DebriefId));
    }

    [Fact]
    public async Task ListPeriodAsync_Period_ReturnsOnlyThatPractitionersDebriefsInsideItOldestFirst()
    {
        var inside = new[]
        {
            Debrief(Alice, new DateOnly(2026, 11, 30), "red"),
            Debrief(Alice, new DateOnly(2026, 10, 31)),
            Debrief(Alice, new DateOnly(2026, 11, 15), "yellow"),
        };
        foreach (var debrief in inside)
        {
            await Archive.SaveAsync(debrief);
        }
        await Archive.SaveAsync(Debrief(Alice, new DateOnly(2026, 10, 30)));
        await Archive.SaveAsync(Debrief(Alice, new DateOnly(2026, 12, 1)));
        await Archive.SaveAsync(Debrief(Bob, new DateOnly(2026, 11, 15)));

        var listed = await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 30));

        Assert.Equal(inside.OrderBy(d => d.Date).Select(d => d.DebriefId), listed.Select(e => e.DebriefId));
        Assert.All(listed, e => Assert.Equal(Alice, e.PractitionerId));
        Assert.Equal(["none", "yellow", "red"], listed.Select(e => e.Tags["severity"]));
    }

    [Fact]
    public async Task ListPeriodAsync_Week_ListsOnlyThatPractitionersDayPrefixes()
    {
        await Archive.SaveAsync(Debrief(Alice, new DateOnly(2026, 11, 18)));
        Recorded.Listed.Clear();

        var listed = await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));

        Assert.Single(listed);
        var practitioner = $"debriefs/{StorageKey.Segment(Alice)}/";
        Assert.Equal(Enumerable.Range(16, 7).Select(d => $"{practitioner}2026/11/{d}/"), Recorded.Listed);
    }

    [Fact]
    public async Task ListPeriodAsync_WholeMonthsInside_ListsEachMonthOnce()
    {
        var listed = await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 1, 31), new DateOnly(2026, 4, 1));

        Assert.Empty(listed);
        var practitioner = $"debriefs/{StorageKey.Segment(Alice)}/";
        Assert.Equal([$"{practitioner}2026/01/31/", $"{practitioner}2026/02/", $"{practitioner}2026/03/", $"{practitioner}2026/04/01/"], Recorded.Listed);
    }

    [Fact]
    public async Task ListRecentAsync_Count_ReturnsNewestFirstForThatPractitionerOnly()
    {
        var dates = new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 20), new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 21) };
        foreach (var date in dates)
        {
            await Archive.SaveAsync(Debrief(Alice, date));
        }
        await Archive.SaveAsync(Debrief(Bob, new DateOnly(2026, 11, 22)));

        var recent = await Archive.ListRecentAsync(Alice, 3);

        Assert.Equal([new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 20), new DateOnly(2026, 10, 5)], recent.Select(e => e.Date));
        Assert.All(recent, e => Assert.Equal(Alice, e.PractitionerId));
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesEverythingAndAllowsTheIdAgain()
    {
        var debrief = Debrief(Alice, new DateOnly(2026, 11, 22));
        var receipt = await Archive.SaveAsync(debrief);

        Assert.True(await Archive.DeleteAsync(Alice, debrief.DebriefId));

        Assert.Null(await Archive.GetAsync(Alice, debrief.DebriefId));
        Assert.Null(await Storage.ReadAsync(receipt.JsonKey));
        Assert.Null(await Storage.ReadAsync(receipt.MarkdownKey));
        Assert.Empty(await Archive.ListRecentAsync(Alice, 5));
        Assert.False(await Archive.DeleteAsync(Alice, debrief.DebriefId));
        Assert.False((await Archive.SaveAsync(debrief)).AlreadyArchived);
    }
}
