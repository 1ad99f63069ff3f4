using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>The latest debrief of a client (the previous-ratings lookup) on every backend, found through the client's markers.</summary>
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

    private static string ClientsPrefix(string practitioner) => $"debriefs/{StorageKey.Segment(practitioner)}/clients/";

    /// <summary>Alice's lookup finds it, and the next lookup finds it again listing only that client's markers.</summary>
    private async Task AssertFoundFromMarkersAsync(string client, string marker)
    {
        Assert.Contains(marker, await LatestAsync(Alice, client));
        Recorded.Listed.Clear();
        Assert.Contains(marker, await LatestAsync(Alice, client));
        var listed = Assert.Single(Recorded.Listed);
        Assert.StartsWith(ClientsPrefix(Alice), listed, StringComparison.Ordinal);
    }

    private async Task<List<string>> MarkerKeysAsync(string practitioner)
    {
        var keys = new List<string>();
        await foreach (var entry in Storage.ListAsync(ClientsPrefix(practitioner)))
        {
            if (!entry.Key.EndsWith("/complete", StringComparison.Ordinal))
            {
                keys.Add(entry.Key);
            }
        }
        return keys;
    }

    private async Task ForgetMarkersAsync(string practitioner)
    {
        await foreach (var entry in Storage.ListAsync(ClientsPrefix(practitioner)))
        {
            await Storage.DeleteAsync(entry.Key);
        }
    }

    [Fact]
    public async Task SaveAsync_ClaimBesideMarker_ThenTheTwoDocumentsSideBySide()
    {
        // Each write waits until its partner has started: one after the other, the first would wait in
        // vain and the save would fail. The documents start only once the claim is made.
        var debrief = OfClient(Alice, "C-104", new DateOnly(2026, 11, 22), "side by side");
        using var claimAndMarker = new CountdownEvent(2);
        using var documents = new CountdownEvent(2);
        var claimedBeforeDocuments = false;
        Recorded.BeforeWrite = async key =>
        {
            var documentWrite = key.EndsWith(".json", StringComparison.Ordinal) || key.EndsWith(".md", StringComparison.Ordinal);
            var pair = documentWrite ? documents : claimAndMarker;
            if (documentWrite)
            {
                lock (Recorded.Written)
                {
                    claimedBeforeDocuments = Recorded.Written.Any(k => k.Contains("/index/", StringComparison.Ordinal));
                }
            }
            pair.Signal();
            await Task.Run(() => pair.Wait(TimeSpan.FromSeconds(5)) ? 0 : throw new TimeoutException($"{key} was written alone."));
        };

        await Archive.SaveAsync(debrief);

        Recorded.BeforeWrite = null;
        Assert.True(claimedBeforeDocuments);
        await AssertFoundFromMarkersAsync("C-104", "side by side");
        Assert.Equal(debrief.Markdown, (await Archive.GetAsync(Alice, debrief.DebriefId))!.Markdown);
    }

    [Fact]
    public async Task SaveAsync_RetryUnderAnotherDate_MarkedWhereTheFirstClaimPutIt()
    {
        var first = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "first claim");
        await Archive.SaveAsync(first);
        // No marker left, and none to be made from the index: only the retry can mark it.
        await ForgetMarkersAsync(Alice);
        await Storage.WriteAsync($"debriefs/{StorageKey.Segment(Alice)}/clients/complete", ReadOnlyMemory<byte>.Empty, WriteCondition.IfNotExists);

        var receipt = await Archive.SaveAsync(first with { Date = new DateOnly(2026, 11, 21) });

        Assert.True(receipt.AlreadyArchived);
        Assert.Equal(new DateOnly(2026, 11, 20), receipt.Date);
        Assert.Contains("first claim", await LatestAsync(Alice, "C-101"));
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
    public async Task GetLatestJsonAsync_OnceMarked_ListsOnlyThatClientAndReadsOneRecord()
    {
        for (var i = 0; i < 12; i++)
        {
            await Archive.SaveAsync(OfClient(Alice, $"C-{i}", new DateOnly(2026, 11, 1 + i), $"client {i}"));
        }
        await LatestAsync(Alice, "C-0");
        Recorded.Listed.Clear();
        Recorded.Read.Clear();

        var json = await LatestAsync(Alice, "C-3");

        Assert.Contains("client 3", json);
        var listed = Assert.Single(Recorded.Listed);
        Assert.StartsWith(ClientsPrefix(Alice), listed, StringComparison.Ordinal);
        Assert.DoesNotContain("C-3", listed, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Recorded.Read);
    }

    [Fact]
    public async Task GetLatestJsonAsync_NewClientOnceMarked_NoListingOfTheIndex()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "known"));
        Assert.Null(await LatestAsync(Alice, "C-999"));
        Recorded.Listed.Clear();

        Assert.Null(await LatestAsync(Alice, "C-998"));

        Assert.DoesNotContain(Recorded.Listed, prefix => prefix.Contains("/index/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetLatestJsonAsync_TheLatestDeleted_FindsTheOneBefore()
    {
        var before = OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "before");
        await Archive.SaveAsync(before);
        var newest = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest");
        await Archive.SaveAsync(newest);

        Assert.True(await Archive.DeleteAsync(Alice, newest.DebriefId));

        var left = Assert.Single(await MarkerKeysAsync(Alice));
        Assert.EndsWith(before.DebriefId, left, StringComparison.Ordinal);
        await AssertFoundFromMarkersAsync("C-101", "before");
    }

    [Fact]
    public async Task GetLatestJsonAsync_ArchivedBeforeMarkers_MarkedOnceFromTheIndex()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "older"));
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest"));
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 9), "late entry"));
        await Archive.SaveAsync(OfClient(Alice, "C-202", new DateOnly(2026, 11, 21), "other client"));
        var keys = await MarkerKeysAsync(Alice);
        Assert.All(keys, key => Assert.DoesNotContain("C-101", key, StringComparison.OrdinalIgnoreCase));

        await ForgetMarkersAsync(Alice);

        Assert.Contains("newest", await LatestAsync(Alice, "C-101"));
        Assert.Equal(keys.Order(StringComparer.Ordinal), (await MarkerKeysAsync(Alice)).Order(StringComparer.Ordinal));
        await AssertFoundFromMarkersAsync("C-202", "other client");
    }

    [Fact]
    public async Task GetLatestJsonAsync_MarkerOfADeleteThatStoppedHalfWay_PassedOverAndTidied()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "older"));
        var newest = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest");
        var receipt = await Archive.SaveAsync(newest);

        // The record and the claim went; the marker stayed.
        Assert.True(await Storage.DeleteAsync(receipt.JsonKey));
        Assert.True(await Storage.DeleteAsync($"debriefs/{StorageKey.Segment(Alice)}/index/{StorageKey.Segment(newest.DebriefId)}"));

        await AssertFoundFromMarkersAsync("C-101", "older");
        Assert.DoesNotContain(await MarkerKeysAsync(Alice), key => key.EndsWith(newest.DebriefId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetLatestJsonAsync_SaveUnderWay_ItsMarkerStays()
    {
        var older = OfClient(Alice, "C-101", new DateOnly(2026, 11, 2), "older");
        await Archive.SaveAsync(older);
        var newest = OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "newest");
        var receipt = await Archive.SaveAsync(newest);
        // As if its record were still on the way: the claim is there, the record not yet.
        Assert.True(await Storage.DeleteAsync(receipt.JsonKey));

        Assert.Contains("older", await LatestAsync(Alice, "C-101"));

        Assert.Equal(2, (await MarkerKeysAsync(Alice)).Count);
        Assert.True((await Archive.SaveAsync(newest)).AlreadyArchived);
        Assert.Contains("newest", await LatestAsync(Alice, "C-101"));
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
    public async Task ListRecentAsync_MarkersAreNotDebriefs()
    {
        await Archive.SaveAsync(OfClient(Alice, "C-101", new DateOnly(2026, 11, 20), "only"));
        await LatestAsync(Alice, "C-999");

        Assert.Single(await Archive.ListRecentAsync(Alice, 10));
        Assert.Single(await Archive.ListPeriodAsync(Alice, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
    }
}
