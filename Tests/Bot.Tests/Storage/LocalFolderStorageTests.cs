using System.Text;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>What only the local folder can get wrong: files, locks held by other processes, the root boundary.</summary>
public sealed class LocalFolderStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsync_LockFileHeldElsewhere_WaitsUntilReleased()
    {
        var storage = new LocalFolderStorage(_folder.Path);
        await storage.WriteAsync("conv/one", "v1"u8.ToArray(), WriteCondition.Always);
        var lockPath = Directory.GetFiles(_folder.Path, "*~lock", SearchOption.AllDirectories).Single();

        // Another process holding the key's lock looks exactly like this to the file system.
        var held = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var write = storage.WriteAsync("conv/one", "v2"u8.ToArray(), WriteCondition.Always);
        await Task.Delay(300);
        var finishedWhileHeld = write.IsCompleted;
        await held.DisposeAsync();
        await write.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(finishedWhileHeld);
        Assert.Equal("v2", Encoding.UTF8.GetString((await storage.ReadAsync("conv/one"))!.Content.Span));
    }

    [Fact]
    public async Task WriteAsync_LockHeldByAnotherProcess_WaitsForIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            // flock(1) is util-linux; elsewhere the in-process lock-file test above covers the mechanism.
            return;
        }
        var storage = new LocalFolderStorage(_folder.Path);
        await storage.WriteAsync("conv/one", "v1"u8.ToArray(), WriteCondition.Always);
        var lockPath = Directory.GetFiles(_folder.Path, "*~lock", SearchOption.AllDirectories).Single();
        // util-linux flock(1) takes the same flock(2) lock .NET takes for FileShare.None: a real second process.
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("flock", ["-x", lockPath, "-c", "echo locked; sleep 1"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await storage.WriteAsync("conv/one", "v2"u8.ToArray(), WriteCondition.Always);

        Assert.True(clock.Elapsed > TimeSpan.FromMilliseconds(500), $"wrote after {clock.ElapsedMilliseconds} ms while another process held the lock");
        await holder.WaitForExitAsync();
        Assert.Equal("v2", Encoding.UTF8.GetString((await storage.ReadAsync("conv/one"))!.Content.Span));
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesOnOneFolder_ExactlyOneCreateWins()
    {
        var first = new LocalFolderStorage(_folder.Path);
        var second = new LocalFolderStorage(_folder.Path);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 2 == 0 ? first : second).WriteAsync("shared/doc", Encoding.UTF8.GetBytes(i.ToString()), WriteCondition.IfNotExists);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task ReadAsync_AnotherInstanceRewroteTheDocument_SeesTheNewVersion()
    {
        var bot = new LocalFolderStorage(_folder.Path);
        var tool = new LocalFolderStorage(_folder.Path);
        await bot.WriteAsync("roster/current", "short"u8.ToArray(), WriteCondition.Always);
        Assert.Equal("short", Encoding.UTF8.GetString((await bot.ReadAsync("roster/current"))!.Content.Span));

        await tool.WriteAsync("roster/current", "a longer roster"u8.ToArray(), WriteCondition.Always);

        Assert.Equal("a longer roster", Encoding.UTF8.GetString((await bot.ReadAsync("roster/current"))!.Content.Span));
    }

    [Fact]
    public async Task WriteAsync_CachedCopyIsStale_ConflictsAndTheNextReadIsFresh()
    {
        var bot = new LocalFolderStorage(_folder.Path);
        var tool = new LocalFolderStorage(_folder.Path);
        var first = await bot.WriteAsync("conv/one", "aaaa"u8.ToArray(), WriteCondition.IfNotExists);
        // Same length and, on a coarse file clock, possibly the same time: the cache cannot tell.
        var second = await tool.WriteAsync("conv/one", "bbbb"u8.ToArray(), WriteCondition.ForVersion(first));

        await Assert.ThrowsAsync<StorageConflictException>(() => bot.WriteAsync("conv/one", "cccc"u8.ToArray(), WriteCondition.ForVersion(first)));

        var fresh = await bot.ReadAsync("conv/one");
        Assert.Equal(second, fresh!.ETag);
        Assert.Equal("bbbb", Encoding.UTF8.GetString(fresh.Content.Span));
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWriters_AllDurableAndReadable()
    {
        // Writers share flushes to disk; every one must still complete and read back its own content.
        var storage = new LocalFolderStorage(_folder.Path);
        var etags = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(
            () => storage.WriteAsync($"conv/{i}", Encoding.UTF8.GetBytes($"state {i}"), WriteCondition.IfNotExists))));

        var reread = new LocalFolderStorage(_folder.Path);
        for (var i = 0; i < 200; i++)
        {
            var item = await reread.ReadAsync($"conv/{i}");
            Assert.Equal($"state {i}", Encoding.UTF8.GetString(item!.Content.Span));
            Assert.Equal(etags[i], item.ETag);
        }
    }

    [Fact]
    public async Task WriteAsync_AnyKey_StaysUnderRootAndLeavesNoTempFiles()
    {
        var root = Path.Combine(_folder.Path, "root");
        var storage = new LocalFolderStorage(root);
        string[] keys = ["a", "a/b", "a~doc", "a.b/..x", "con/nul.txt", StorageKey.Join("..", "a:b", "c/d")];

        foreach (var key in keys)
        {
            await storage.WriteAsync(key, Encoding.UTF8.GetBytes(key), WriteCondition.Always);
        }

        var outside = Directory.GetFileSystemEntries(_folder.Path).Where(p => p != root);
        Assert.Empty(outside);
        Assert.Empty(Directory.GetFiles(root, "*~tmp*", SearchOption.AllDirectories));
        foreach (var key in keys)
        {
            Assert.Equal(key, Encoding.UTF8.GetString((await storage.ReadAsync(key))!.Content.Span));
        }
    }

    [Fact]
    public async Task WriteAsync_KeysDifferingOnlyInCase_UseFileNamesThatDifferIgnoringCase()
    {
        var storage = new LocalFolderStorage(_folder.Path);
        string[] keys = ["Case/AbC", "Case/aBc", "Case/abc", "case/abc"];

        foreach (var key in keys)
        {
            await storage.WriteAsync(key, Encoding.UTF8.GetBytes(key), WriteCondition.IfNotExists);
        }

        var paths = Directory.GetFiles(_folder.Path, "*~doc", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_folder.Path, p)).ToList();
        Assert.Equal(keys.Length, paths.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var key in keys)
        {
            Assert.Equal(key, Encoding.UTF8.GetString((await storage.ReadAsync(key))!.Content.Span));
        }
    }

    [Fact]
    public async Task ReadAsync_CorruptFile_ThrowsStorageUnavailable()
    {
        var storage = new LocalFolderStorage(_folder.Path);
        await storage.WriteAsync("bad/doc", "x"u8.ToArray(), WriteCondition.Always);
        var path = Directory.GetFiles(_folder.Path, "*~doc", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(path, "not a document");

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync("bad/doc"));
    }

    [Fact]
    public async Task WriteAsync_RootIsAFile_ThrowsStorageUnavailable()
    {
        var file = Path.Combine(_folder.Path, "file");
        await File.WriteAllTextAsync(file, "in the way");
        var storage = new LocalFolderStorage(file);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync("a/b", "x"u8.ToArray(), WriteCondition.Always));
    }
}
