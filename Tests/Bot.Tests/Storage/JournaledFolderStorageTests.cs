using System.Text;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>What only the journaled state store can get wrong: replay after a crash, torn records, checkpoints, ownership.</summary>
public sealed class JournaledFolderStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _crashed = new();

    public void Dispose()
    {
        _folder.Dispose();
        _crashed.Dispose();
    }

    private static string Text(StorageItem? item) => item is null ? "(none)" : Encoding.UTF8.GetString(item.Content.Span);

    // What the disk holds at this moment, as a machine that lost power now would find it. cp, not
    // File.Copy: .NET would take a shared flock on the journal, which this process holds exclusively.
    private string CrashCopy()
    {
        using var copy = System.Diagnostics.Process.Start("cp", ["-a", _folder.Path + "/.", _crashed.Path])!;
        copy.WaitForExit();
        Assert.Equal(0, copy.ExitCode);
        return _crashed.Path;
    }

    private static string[] Journals(string folder) => Directory.GetFiles(folder, "journal~*");

    [Fact]
    public async Task Open_AfterACrash_ReplaysEveryAcknowledgedWriteAndDeleteWithTheirETags()
    {
        using var store = new JournaledFolderStorage(_folder.Path);
        var kept = await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.IfNotExists);
        await store.WriteAsync("conv/b", "b1"u8.ToArray(), WriteCondition.IfNotExists);
        var newest = await store.WriteAsync("conv/a", "a2"u8.ToArray(), WriteCondition.IfMatch(kept), new Dictionary<string, string> { ["kind"] = "state" });
        await store.DeleteAsync("conv/b");

        using var reopened = new JournaledFolderStorage(CrashCopy());
        var a = await reopened.ReadAsync("conv/a");

        Assert.Equal("a2", Text(a));
        Assert.Equal(newest, a!.ETag);
        Assert.Equal("state", a.Metadata["kind"]);
        Assert.Null(await reopened.ReadAsync("conv/b"));
        // Replay went to the files and a fresh journal was started.
        Assert.Equal("a2", Text(await new LocalFolderStorage(_crashed.Path).ReadAsync("conv/a")));
        Assert.Single(Journals(_crashed.Path));
    }

    [Fact]
    public async Task Open_JournalWithATornLastRecord_KeepsEveryWholeRecordBeforeIt()
    {
        using var store = new JournaledFolderStorage(_folder.Path);
        await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);
        await store.WriteAsync("conv/b", "b1"u8.ToArray(), WriteCondition.Always);
        var copy = CrashCopy();
        var journal = Journals(copy).Single();
        var bytes = File.ReadAllBytes(journal);
        // The second record cut in half, as a crash in the middle of its write would leave it.
        var second = FindSecondRecord(bytes);
        File.WriteAllBytes(journal, bytes[..(second + (bytes.Length - second) / 2)]);

        using var reopened = new JournaledFolderStorage(copy);

        Assert.Equal("a1", Text(await reopened.ReadAsync("conv/a")));
        Assert.Null(await reopened.ReadAsync("conv/b"));
    }

    [Fact]
    public async Task Open_JournalWithACorruptedRecord_StopsThereInsteadOfReadingGarbage()
    {
        using var store = new JournaledFolderStorage(_folder.Path);
        await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);
        await store.WriteAsync("conv/b", "b1"u8.ToArray(), WriteCondition.Always);
        var copy = CrashCopy();
        var journal = Journals(copy).Single();
        var bytes = File.ReadAllBytes(journal);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(journal, bytes);

        using var reopened = new JournaledFolderStorage(copy);

        Assert.Equal("a1", Text(await reopened.ReadAsync("conv/a")));
        Assert.Null(await reopened.ReadAsync("conv/b"));
    }

    [Fact]
    public async Task Checkpoint_MovesDocumentsToFilesKeepsETagsAndStartsAFreshJournal()
    {
        using var store = new JournaledFolderStorage(_folder.Path);
        var etag = await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);
        var before = new FileInfo(Journals(_folder.Path).Single()).Length;

        await store.CheckpointAsync();

        var journal = Journals(_folder.Path).Single();
        Assert.True(before > 0);
        Assert.Equal(0, new FileInfo(journal).Length);
        var file = await new LocalFolderStorage(_folder.Path).ReadAsync("conv/a");
        Assert.Equal("a1", Text(file));
        Assert.Equal(etag, file!.ETag);
        // The version read before the checkpoint is still the one a conditional write must name.
        await store.WriteAsync("conv/a", "a2"u8.ToArray(), WriteCondition.IfMatch(etag));
        Assert.Equal("a2", Text(await store.ReadAsync("conv/a")));
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWritersPastTheCheckpointSize_NothingLostAfterACrash()
    {
        using var store = new JournaledFolderStorage(_folder.Path, checkpointBytes: 16 * 1024);
        var etags = new string?[100];

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            for (var round = 0; round < 10; round++)
            {
                etags[i] = await store.WriteAsync($"conv/{i}", Encoding.UTF8.GetBytes($"{i}:{round}:" + new string('x', 200)), WriteCondition.ForVersion(etags[i]));
            }
        })));
        await store.CheckpointAsync();
        await store.WriteAsync("conv/late", "late"u8.ToArray(), WriteCondition.Always);

        using var reopened = new JournaledFolderStorage(CrashCopy());
        for (var i = 0; i < 100; i++)
        {
            var item = await reopened.ReadAsync($"conv/{i}");
            Assert.StartsWith($"{i}:9:", Text(item));
            Assert.Equal(etags[i], item!.ETag);
        }
        Assert.Equal("late", Text(await reopened.ReadAsync("conv/late")));
        var listed = new List<string>();
        await foreach (var entry in reopened.ListAsync("conv/"))
        {
            listed.Add(entry.Key);
        }
        Assert.Equal(101, listed.Count);
    }

    [Fact]
    public async Task TwoStoresOnOneFolderInOneProcess_ShareTheJournal()
    {
        using var first = new JournaledFolderStorage(_folder.Path);
        using var second = new JournaledFolderStorage(_folder.Path);
        var etag = await first.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);

        Assert.Equal("a1", Text(await second.ReadAsync("conv/a")));
        await Assert.ThrowsAsync<StorageConflictException>(() => second.WriteAsync("conv/a", "stale"u8.ToArray(), WriteCondition.IfNotExists));
        await second.WriteAsync("conv/a", "a2"u8.ToArray(), WriteCondition.IfMatch(etag));
        Assert.Equal("a2", Text(await first.ReadAsync("conv/a")));
    }

    [Fact]
    public async Task Dispose_LastStoreOnTheFolder_LeavesEverythingInFilesAndAnEmptyJournal()
    {
        var store = new JournaledFolderStorage(_folder.Path);
        await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);

        store.Dispose();

        Assert.Equal("a1", Text(await new LocalFolderStorage(_folder.Path).ReadAsync("conv/a")));
        Assert.All(Journals(_folder.Path), j => Assert.Equal(0, new FileInfo(j).Length));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ReadAsync("conv/a"));
    }

    [Fact]
    public async Task Open_FolderHeldByAnotherProcess_FailsWithAClearMessage()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using (var store = new JournaledFolderStorage(_folder.Path))
        {
            await store.WriteAsync("conv/a", "a1"u8.ToArray(), WriteCondition.Always);
        }
        var journal = Journals(_folder.Path).Single();
        // A second bot process on the same folder holds its journal exactly like this (flock(2)).
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("flock", ["-x", journal, "-c", "echo locked; sleep 2"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());

        using var contender = new JournaledFolderStorage(_folder.Path);
        var failure = await Assert.ThrowsAsync<StorageUnavailableException>(() => contender.ReadAsync("conv/a"));

        Assert.Contains("another bot process", failure.Message);
        Assert.False(await contender.PingAsync());
        await holder.WaitForExitAsync();
        Assert.Equal("a1", Text(await contender.ReadAsync("conv/a")));
    }

    private static int FindSecondRecord(byte[] bytes)
    {
        var magic = "ABJ1"u8;
        for (var i = 1; i < bytes.Length - 4; i++)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual(magic))
            {
                return i;
            }
        }
        throw new InvalidOperationException("The journal has one record.");
    }
}
