using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

public sealed class LocalFolderStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public LocalFolderStorageContractTests() => Storage = new LocalFolderStorage(_folder.Path);

    protected override IStorage Storage { get; }

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageContractTests(AzuriteFixture azurite) : StorageContractTests
{
    protected override IStorage Storage { get; } = AzuriteCollection.NewStorage(azurite);
}

public sealed class MemoryConversationStateTests : ConversationStateContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

public sealed class LocalFolderConversationStateTests : ConversationStateContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public LocalFolderConversationStateTests() => Storage = new LocalFolderStorage(_folder.Path);

    protected override IStorage Storage { get; }

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobConversationStateTests(AzuriteFixture azurite) : ConversationStateContractTests
{
    protected override IStorage Storage { get; } = AzuriteCollection.NewStorage(azurite);
}

public sealed class MemoryDebriefArchiveTests : DebriefArchiveContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

public sealed class LocalFolderDebriefArchiveTests : DebriefArchiveContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public LocalFolderDebriefArchiveTests() => Storage = new LocalFolderStorage(_folder.Path);

    protected override IStorage Storage { get; }

    public void Dispose() => _folder.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobDebriefArchiveTests(AzuriteFixture azurite) : DebriefArchiveContractTests
{
    protected override IStorage Storage { get; } = AzuriteCollection.NewStorage(azurite);
}

public sealed class JournaledStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly JournaledFolderStorage _store;

    // A small checkpoint size, so the contract also holds while documents move from journal to files.
    public JournaledStorageContractTests() => _store = new JournaledFolderStorage(_folder.Path, checkpointBytes: 4096);

    protected override IStorage Storage => _store;

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}

public sealed class JournaledConversationStateTests : ConversationStateContractTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly JournaledFolderStorage _store;

    public JournaledConversationStateTests() => _store = new JournaledFolderStorage(_folder.Path, checkpointBytes: 4096);

    protected override IStorage Storage => _store;

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
