using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
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

    /// <summary>
    /// The bot's state and archive stores ("state-…", "archive-…"), each over a container of its own,
    /// set up as the product sets them up (turns start from the state store's own copies).
    /// </summary>
    /// <param name="options">Client options, e.g. with a policy that watches the wire; the product's by default.</param>
    /// <param name="containers">
    /// The suffix of containers another call made, for a second instance of the bot over the same
    /// documents (with its own copies); new containers by default.
    /// </param>
    public static BotStores NewStores(AzuriteFixture azurite, BlobClientOptions? options = null, string? containers = null)
    {
        var service = new BlobServiceClient(azurite.ConnectionString, options ?? StorageRegistration.ClientOptions());
        var suffix = containers ?? Guid.NewGuid().ToString("N")[..12];
        return new BotStores(new BlobStorage(service.GetBlobContainerClient("state-" + suffix), ownCopies: true),
            new BlobStorage(service.GetBlobContainerClient("archive-" + suffix)));
    }
}
