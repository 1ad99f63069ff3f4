using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Azure.Storage.Blobs;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>What only the Blob backend can get wrong: the container, the wire, an emulator that goes away.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task WriteAsync_AzuriteStoppedThenRestarted_UnavailableQuicklyThenSucceedsWithDataKept()
    {
        var storage = AzuriteCollection.NewStorage(azurite);
        await storage.WriteAsync("before/doc", "kept"u8.ToArray(), WriteCondition.IfNotExists);

        await azurite.StopAsync();
        var clock = Stopwatch.StartNew();
        try
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(
                () => storage.WriteAsync("after/doc", "new"u8.ToArray(), WriteCondition.IfNotExists));
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
            await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync("before/doc"));
            Assert.False(await storage.PingAsync());
        }
        finally
        {
            await azurite.StartAsync();
        }

        await storage.WriteAsync("after/doc", "new"u8.ToArray(), WriteCondition.IfNotExists);
        Assert.Equal("kept", Encoding.UTF8.GetString((await storage.ReadAsync("before/doc"))!.Content.Span));
        Assert.Equal("new", Encoding.UTF8.GetString((await storage.ReadAsync("after/doc"))!.Content.Span));
    }

    [Fact]
    public async Task EveryOperation_NothingListening_ThrowsStorageUnavailableWithinSeconds()
    {
        var port = ClosedPort();
        var connection = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{port}/", StringComparison.Ordinal);
        var storage = new BlobStorage(new BlobServiceClient(connection, StorageRegistration.ClientOptions()).GetBlobContainerClient("dead"));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync("a"));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync("a", "x"u8.ToArray(), WriteCondition.Always));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.DeleteAsync("a"));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => { await foreach (var _ in storage.ListAsync("")) { } });
        Assert.False(await storage.PingAsync());

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task WriteAsync_ContainerMissing_CreatesIt()
    {
        var service = new BlobServiceClient(azurite.ConnectionString, StorageRegistration.ClientOptions());
        var name = "fresh-" + Guid.NewGuid().ToString("N")[..8];
        var storage = new BlobStorage(service.GetBlobContainerClient(name));

        await storage.WriteAsync("a/b", "x"u8.ToArray(), WriteCondition.Always);

        Assert.True((await service.GetBlobContainerClient(name).ExistsAsync()).Value);
    }

    [Fact]
    public async Task WriteAsync_Metadata_StoredAsAsciiBlobMetadata()
    {
        var storage = AzuriteCollection.NewStorage(azurite);
        var metadata = new Dictionary<string, string> { ["date"] = "2026-11-22", ["note"] = "Zoë" };

        await storage.WriteAsync("meta/doc", "x"u8.ToArray(), WriteCondition.Always, metadata);
        var raw = await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(storage.ContainerName)
            .GetBlobClient("meta/doc").GetPropertiesAsync();

        Assert.Equal("2026-11-22", raw.Value.Metadata["date"]);
        Assert.Equal("Zo%C3%AB", raw.Value.Metadata["note"]);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
