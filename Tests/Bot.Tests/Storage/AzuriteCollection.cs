using AllianceBot.Bot.Storage;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>Every test that uses Azurite runs in this collection: one emulator, never stopped under another test.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";

    /// <summary>A store over a container of its own, so tests never see each other's keys.</summary>
    public static BlobStorage NewStorage(AzuriteFixture azurite)
        => new(new BlobServiceClient(azurite.ConnectionString, StorageRegistration.ClientOptions())
            .GetBlobContainerClient("t-" + Guid.NewGuid().ToString("N")));
}
