using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>The latest debrief of a client (the previous-ratings lookup) on every backend.</summary>
public abstract partial class DebriefArchiveContractTests
{
    private static ArchivedDebrief OfClient(string practitioner, string client, DateOnly date, string marker) => new(
        DebriefIds.New(date),
        practitioner,
        date,
        $$"""{"marker":"{{marker}}"}""",
        $"# {marker}\n",
        new Dictionary<string, string> { [DebriefTags.ClientCode] = client, ["severity"] = "none" });

    private Task<string?> LatestAsync(string practitioner, string client) => Archive.GetLatestJsonAsync(practitioner, client);

    /// <summary>Alice's lookup finds it, and the next lookup finds it again from the pointer alone.</summary>
    private async Task AssertFoundThenPointedAtAsync(string client, string marker)
    {
        Assert.Contains(marker, await LatestAsync(Alice, client));
        Recorded.Listed.Clear();
        Assert.Contains(marker, await LatestAsync(Alice, client));
        Assert.Empty(Recorded.Listed);
    }

    [Fact]
    public async Task SaveAsync_DocumentsAndPointerRead_GoOutSideBySide_PointerWrittenAfterTheDocuments()
    {
        // Each document write waits until the other has started and the pointer has been read: one
        // after the other, the first would wait in vain and the save would fail.
        var debrief = OfClient(Alice, "C-104", new DateOnly(2026, 11, 22), "side by side");
        using var started = new CountdownEvent(2);
        var documentsWhenPointerWritten = -1;
        Recorded.BeforeWrite = async key =>
        {
            if (key.EndsWith(".json", StringComparison.Ordinal) || key.EndsWith(".md", StringComparison.Ordinal))
            {
                started.Signal();
                await Task.Run(() => started.Wait(TimeSpan.FromSeconds(5)) && PointerWasRead() ? 0 : throw new TimeoutException($"{key} was written alone."));
            }
            else if (key.StartsWith("latest-debriefs/", StringComparison.Ordinal))
            {
                lock (Recorded.Written)
                {
                    documentsWhenPointerWritten = Recorded.Written.Count(k => k.EndsWith(".json", StringComparison.Ordinal) || k.EndsWith(".md", StringComparison.Ordinal));
                }
            }
        };

        await Archive.SaveAsync(debrief);

        Recorded.BeforeWrite = null;
        Assert.Equal(2, documentsWhenPointerWritten);
        await AssertFoundThenPointedAtAsync("C-104", "side by side");
        Assert.Equal(debrief.Markdown, (await Archive.GetAsync(Alice, debrief.DebriefId))!.Markdown);
    }

    private bool PointerWasRead()
    {
        lock (Recorded.Read)
        {
            return Recorded.Read.Any(k => k.StartsWith("latest-debriefs/", StringComparison.Ordinal));
        }
    }

    private async Task<List<string>> PointerKeysAsync(string practitioner)
    {
        var keys = new List<string>();
        await foreach (var entry in Storage.ListAsync($"latest-debriefs/{StorageKey.Segment(practitioner)}/"))
        {
            keys.Add(entry.Key);
        }
        return keys;
    }

    [Fact]
    public async Task GetLatestJsonAsync_ThatClientsNewestDatedDebriefOfThatPractitionerOnly()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "alice 101 older"));
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "alice 101 newest"));
        // Saved last but about an older session: not the latest.
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 9), "alice 101 late entry"));
        await Archive.SaveAsync(OfClient(Alice, "C-202", new DateOnly(2026, 11, 25), "alice 202"));
        await Archive.SaveAsync(OfClient(Bob, "C-101", new DateOnly(2026, 11, 30), "bob 101"));

        Assert.Contains("alice 101 newest", await LatestAsync(Alice, "c-101"));
        Assert.Contains("alice 202", await LatestAsync(Alice, "C-202"));
        Assert.Contains("bob 101", await LatestAsync(Bob, "C-101"));
        Assert.Null(await LatestAsync(Alice, "C-303"));
        Assert.Null(await LatestAsync(Bob, "C-202"));
    }

    [Fact]
    public async Task GetLatestJsonAsync_SameDate_TheLaterSaveWins()
    {
        var day = new DateOnly(2026, 11, 20);
        await Archive.SaveAsync(OfClient(Alice, "C-101", day, "morning"));
        await Archive.SaveAsync(OfClient(Alice, "C-101", day, "afternoon"));

        Assert.Contains("afternoon", await LatestAsync(Alice, "C-101"));
    }

    [Fact]
    public async Task GetLatestJsonAsync_AfterTheFirstLookup_ReadsTwoDocumentsAndListsNothing()
    {
        for (var i = 0; i < 12; i++)
        {
            await Archive.SaveAsync(OfClient(Alice, $"C-{i}", new DateOnly(2026, 11, 1 + i), $"client {i}"));
        }
        Recorded.Listed.Clear();
        Recorded.Read.Clear();

        var json = await LatestAsync(Alice, "C-3");

        Assert.Contains("client 3", json);
        Assert.Empty(Recorded.Listed);
        Assert.Equal(2, Recorded.Read.Count);
        Assert.DoesNotContain(Recorded.Read, key => key.Contains("C-3", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetLatestJsonAsync_TheLatestDeleted_FindsTheOneBefore()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "before"));
        var newest = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest");
        await Archive.SaveAsync(newest);

        Assert.True(await Archive.DeleteAsync(Alice, newest.DebriefId));

        Assert.Empty(await PointerKeysAsync(Alice));
        await AssertFoundThenPointedAtAsync("C-101", "before");
    }

    [Fact]
    public async Task GetLatestJsonAsync_PointerMissingOrDangling_FallsBackToTheListingAndRepairsIt()
    {
        var older = OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "older");
        var newest = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest");
        await Archive.SaveAsync(older);
        var receipt = await Archive.SaveAsync(newest);
        var pointerKey = Assert.Single(await PointerKeysAsync(Alice));
        Assert.DoesNotContain("C-101", pointerKey, StringComparison.OrdinalIgnoreCase);

        // As archived before pointers existed.
        Assert.True(await Storage.DeleteAsync(pointerKey));
        Assert.Contains("newest", await LatestAsync(Alice, "C-101"));
        Assert.Equal([pointerKey], await PointerKeysAsync(Alice));

        // A delete that stopped after the record went: the pointer names a debrief that is gone.
        Assert.True(await Storage.DeleteAsync(receipt.JsonKey));
        Assert.True(await Storage.DeleteAsync($"debriefs/{StorageKey.Segment(Alice)}/index/{StorageKey.Segment(newest.DebriefId)}"));
        await AssertFoundThenPointedAtAsync("C-101", "older");
    }

    [Fact]
    public async Task GetLatestJsonAsync_RetriedOlderSaveOnTheSameDate_DoesNotTakeThePlaceOfANewerOne()
    {
        var day = new DateOnly(2026, 11, 20);
        var first = OfClient(Alice, "C-101", day, "first");
        await Archive.SaveAsync(first);
        await Archive.SaveAsync(OfClient(Alice, "C-101", day, "second"));

        Assert.True((await Archive.SaveAsync(first)).AlreadyArchived);

        Assert.Contains("second", await LatestAsync(Alice, "C-101"));
    }

    [Fact]
    public async Task GetLatestJsonAsync_ConcurrentSavesOfOneClient_PointAtTheNewestDate()
    {
        var saves = Enumerable.Range(1, 8)
            .Select(day => Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, day), $"day {day}")));

        await Task.WhenAll(saves);

        Assert.Contains("day 8", await LatestAsync(Alice, "C-101"));
    }

    [Fact]
    public async Task SaveAsync_SevenOtherSavesLandOnThePointerFirst_ItStillEndsAtTheNewest()
    {
        // Eight saves of one client at once, at their worst: before each pointer write of the newest,
        // one of the other seven lands. Were the newest to give up and drop the pointer, the older
        // saves still to come would put theirs back, and the lookup would trust it.
        var others = Enumerable.Range(1, 7).Select(day => OfClient(Alice, "C-105", new DateOnly(2026, 11, day), $"day {day}")).ToList();
        var direct = new StorageDebriefArchive(Storage);
        var landed = 0;
        Recorded.BeforeWrite = async key =>
        {
            if (key.StartsWith("latest-debriefs/", StringComparison.Ordinal) && landed < others.Count)
            {
                await direct.SaveAsync(others[landed++]);
            }
        };

        await Archive.SaveAsync(OfClient(Alice, "C-105", new DateOnly(2026, 11, 8), "day 8"));
        Recorded.BeforeWrite = null;
        foreach (var later in others.Skip(landed))
        {
            await direct.SaveAsync(later);
        }

        await AssertFoundThenPointedAtAsync("C-105", "day 8");
        Assert.Equal(others.Count, landed);
    }

    [Fact]
    public async Task GetLatestJsonAsync_PointersInTheirOwnStore_TheArchiveHoldsOnlyDebriefs()
    {
        var pointers = new MemoryStorage();
        var archive = new StorageDebriefArchive(Recorded, pointers);
        await archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest"));
        Recorded.Listed.Clear();

        Assert.Contains("newest", await archive.GetLatestJsonAsync(Alice, "C-101"));

        Assert.Empty(Recorded.Listed);
        Assert.Empty(await PointerKeysAsync(Alice));
        Assert.Single(await pointers.ListAsync("latest-debriefs/").ToListAsync());
    }

    [Fact]
    public async Task ListRecentAsync_PointersAreNotDebriefs()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "only"));

        Assert.Single(await Archive.ListRecentAsync(Alice, 10));
        Assert.Single(await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
    }
}
