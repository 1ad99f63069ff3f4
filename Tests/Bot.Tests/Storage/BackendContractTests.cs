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
