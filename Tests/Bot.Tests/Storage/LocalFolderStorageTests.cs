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
