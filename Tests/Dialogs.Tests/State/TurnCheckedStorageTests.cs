using System.Text;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.State;

/// <summary>The archive behind a turn's freshness check: a stale turn changes nothing, and nobody can mistake that for "already written".</summary>
public sealed class TurnCheckedStorageTests
{
    private readonly MemoryStorage _inner = new();

    private static ArchivedDebrief Debrief() => new(DebriefIds.New(new DateOnly(2026, 12, 3)), "aad:alice", new DateOnly(2026, 12, 3),
        """{"clientCode":"C-1"}""", "# Debrief", new Dictionary<string, string>());

    [Fact]
    public async Task SaveAsync_InAStaleTurn_ThrowsStaleTurnAndWritesNothing()
    {
        var archive = new StorageDebriefArchive(new TurnCheckedStorage(_inner));

        using (TurnFreshness.Begin(_ => throw new StaleTurnException("msteams/conversations/a")))
        {
            // Not a StorageConflictException: the archive (and the debrief saver) read those as "already archived".
            await Assert.ThrowsAsync<StaleTurnException>(() => archive.SaveAsync(Debrief()));
        }

        await foreach (var entry in _inner.ListAsync(""))
        {
            Assert.Fail($"A stale turn wrote {entry.Key}.");
        }
    }

    [Fact]
    public async Task WriteAndDelete_InACurrentTurn_CheckedFirstThenDone()
    {
        var checks = 0;
        var storage = new TurnCheckedStorage(_inner);

        using (TurnFreshness.Begin(_ =>
        {
            checks++;
            return Task.CompletedTask;
        }))
        {
            await storage.WriteAsync("roster/x", Encoding.UTF8.GetBytes("{}"), WriteCondition.Always);
            Assert.True(await storage.DeleteAsync("roster/x"));
        }

        Assert.Equal(2, checks);
        Assert.Null(await _inner.ReadAsync("roster/x"));
    }

    [Fact]
    public async Task Write_FromWorkTheTurnLeftRunning_NotCheckedOnceTheTurnEnded()
    {
        var storage = new TurnCheckedStorage(_inner);
        var release = new TaskCompletionSource();
        Task background;

        using (TurnFreshness.Begin(_ => throw new StaleTurnException("k")))
        {
            // Started inside the turn, so it carries the turn's scope with it.
            background = Task.Run(async () =>
            {
                await release.Task;
                await storage.WriteAsync("enrichment/x", Encoding.UTF8.GetBytes("{}"), WriteCondition.Always);
            });
        }
        release.SetResult();
        await background;

        Assert.NotNull(await _inner.ReadAsync("enrichment/x"));
    }

    [Fact]
    public async Task Write_OutsideAnyTurn_NotChecked()
    {
        await new TurnCheckedStorage(_inner).WriteAsync("digests/x", Encoding.UTF8.GetBytes("{}"), WriteCondition.IfNotExists);

        Assert.NotNull(await _inner.ReadAsync("digests/x"));
    }
}
