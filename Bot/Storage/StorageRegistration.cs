using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Storage;

public static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageRegistration).FullName!);
            if (sp.GetService<IHostEnvironment>() is { } environment && !environment.IsDevelopment() && options.HasAccountKey())
            {
                log.AccountKeyOutsideDevelopment(environment.EnvironmentName);
            }
            return CreateStores(options, log);
        });
        services.AddSingleton<IDebriefArchive>(sp => StorageDebriefArchive.For(sp.GetRequiredService<BotStores>()));
        return services;
    }

    /// <summary>The configured backend, each store behind <see cref="ObservedStorage"/> (a span per call, failures counted).</summary>
    internal static BotStores CreateStores(StorageOptions options, ILogger log)
    {
        var (state, archive) = CreateBackend(options, log);
        return new BotStores(new ObservedStorage(state, "state"), new ObservedStorage(archive, "archive"));
    }

    private static (IStorage State, IStorage Archive) CreateBackend(StorageOptions options, ILogger log)
    {
        switch (options.Kind)
        {
            case StorageKind.Memory:
                log.UsingMemory();
                return (new MemoryStorage(), new MemoryStorage());
            case StorageKind.Blob:
                var service = CreateBlobService(options, out var endpoint, out var authentication);
                log.UsingBlob(endpoint, options.StateContainer, options.ArchiveContainer, authentication);
                return (
                    new BlobStorage(service.GetBlobContainerClient(options.StateContainer), ownCopies: options.ReadOwnCopies),
                    new BlobStorage(service.GetBlobContainerClient(options.ArchiveContainer)));
            default:
                var root = Path.GetFullPath(options.LocalPath);
                log.UsingLocal(root);
                // State is written every turn, so it goes through a journal; the archive is written
                // rarely and shared with the roster command, so it stays one file per document.
                return (
                    new JournaledFolderStorage(Path.Combine(root, "state")),
                    new LocalFolderStorage(Path.Combine(root, "archive")));
        }
    }

    /// <summary>
    /// Requests one instance has in flight to its storage endpoint at once; the rest wait in this
    /// process, where a wait costs nothing but time. Without a cap a burst of 200 conversations put
    /// 300 requests on Azurite at once: requests queued in the emulator past the 5 s network timeout
    /// were abandoned there, and Azurite 3.35 never frees the write slot of an abandoned queued
    /// upload, so after 50 of them it stopped answering any write (its CPU idle, every turn a
    /// "storage unavailable" for the rest of the run). 32 connections carry some 2,000 requests a
    /// second at Azure's 10-20 ms a request, ample for one instance of this bot.
    /// </summary>
    internal const int MaxConnectionsPerEndpoint = 32;

    // One pool for every client of the process, so the cap holds across both containers.
    private static readonly HttpClientTransport s_transport = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = MaxConnectionsPerEndpoint,
        UseCookies = false,
        // A storage endpoint's address can move (failover); a pooled connection is renewed now and then.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    });

    internal static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions { Transport = s_transport };
        // A dead endpoint must fail a turn within seconds (StorageUnavailableException), not after
        // the SDK's default of minutes of retries.
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    private static BlobServiceClient CreateBlobService(StorageOptions options, out string endpoint, out string authentication)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var client = new BlobServiceClient(options.ConnectionString, ClientOptions());
            // Only the endpoint is logged: the connection string holds the account key.
            endpoint = client.Uri.GetLeftPart(UriPartial.Path);
            authentication = "connection string";
            return client;
        }
        var uri = options.BlobServiceUri!;
        endpoint = uri.GetLeftPart(UriPartial.Path);
        authentication = "DefaultAzureCredential";
        // AZURE_CLIENT_ID (read by DefaultAzureCredential itself) selects a user-assigned managed identity.
        return new BlobServiceClient(uri, new DefaultAzureCredential(), ClientOptions());
    }

    private sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
