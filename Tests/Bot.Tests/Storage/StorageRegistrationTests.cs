using AllianceBot.Bot.Storage;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => { if (logs is not null) { b.AddProvider(logs); } });
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddStorage_NoSettings_UsesLocalFoldersUnderDotData()
    {
        using var provider = Build([]);

        var stores = provider.GetRequiredService<BotStores>();

        var state = Assert.IsType<JournaledFolderStorage>(Assert.IsType<ObservedStorage>(stores.State).Inner);
        var archive = Assert.IsType<LocalFolderStorage>(Assert.IsType<ObservedStorage>(stores.Archive).Inner);
        Assert.Equal(Path.GetFullPath(Path.Combine(".data", "state")), state.RootPath);
        Assert.Equal(Path.GetFullPath(Path.Combine(".data", "archive")), archive.RootPath);
    }

    [Fact]
    public async Task AddStorage_LocalPath_KeepsStateAndArchiveApart()
    {
        using var provider = Build(new() { ["Storage:LocalPath"] = _folder.Path });
        var stores = provider.GetRequiredService<BotStores>();

        await stores.State.WriteAsync("k", "state"u8.ToArray(), WriteCondition.Always);
        var receipt = await provider.GetRequiredService<IDebriefArchive>().SaveAsync(new ArchivedDebrief(
            "D-20261122-7K3Q9", "p", new DateOnly(2026, 11, 22), "{}", "# Debrief", new Dictionary<string, string>()));

        Assert.Null(await stores.Archive.ReadAsync("k"));
        Assert.NotNull(await stores.Archive.ReadAsync(receipt.JsonKey));
        Assert.Null(await stores.State.ReadAsync(receipt.JsonKey));
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "state")));
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "archive")));
    }

    [Fact]
    public async Task AddStorage_LocalStoresBuiltButStateUntouched_TakesNoHoldOnTheStateFolder()
    {
        // The roster command builds the stores while the bot runs: it must not lock the bot's state.
        using var provider = Build(new() { ["Storage:LocalPath"] = _folder.Path });
        var stores = provider.GetRequiredService<BotStores>();

        await stores.Archive.WriteAsync("roster/x", "{}"u8.ToArray(), WriteCondition.Always);

        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "state")));
    }

    [Fact]
    public void AddStorage_Memory_UsesMemoryStorage()
    {
        using var provider = Build(new() { ["Storage:Kind"] = "Memory" });

        var stores = provider.GetRequiredService<BotStores>();

        Assert.IsType<MemoryStorage>(Assert.IsType<ObservedStorage>(stores.State).Inner);
        Assert.NotSame(stores.State, stores.Archive);
    }

    [Fact]
    public void AddStorage_BlobWithoutConnection_FailsWithClearMessage()
    {
        using var provider = Build(new() { ["Storage:Kind"] = "Blob" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message);
        Assert.Contains("Storage:BlobServiceUri", error.Message);
    }

    [Fact]
    public async Task HostStart_BlobWithoutConnection_FailsBeforeServing()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Kind"] = "Blob" });
        builder.Services.AddStorage(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Kind is Blob", error.Message);
    }

    [Theory]
    [InlineData("Bot_State")]
    [InlineData("ab")]
    [InlineData("a--b")]
    public void AddStorage_BlobWithInvalidContainer_FailsNamingIt(string container)
    {
        using var provider = Build(new()
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net",
            ["Storage:StateContainer"] = container,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains($"Storage:StateContainer '{container}'", error.Message);
    }

    [Fact]
    public void AddStorage_BlobServiceUriOverHttp_IsRejected()
    {
        using var provider = Build(new() { ["Storage:Kind"] = "Blob", ["Storage:BlobServiceUri"] = "http://account.blob.core.windows.net" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("https", error.Message);
    }

    [Fact]
    public void AddStorage_BlobWithConnectionString_LogsEndpointButNeverTheKey()
    {
        var logs = new ListLoggerProvider();
        const string key = "c2VjcmV0LWtleS1uZXZlci1sb2dnZWQ=";
        using var provider = Build(new()
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        }, logs);

        var stores = provider.GetRequiredService<BotStores>();

        Assert.Equal("botstate", Assert.IsType<BlobStorage>(Assert.IsType<ObservedStorage>(stores.State).Inner).ContainerName);
        Assert.Equal("debriefs", Assert.IsType<BlobStorage>(Assert.IsType<ObservedStorage>(stores.Archive).Inner).ContainerName);
        Assert.Contains(logs.Messages, m => m.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(key, StringComparison.Ordinal) || m.Contains("AccountKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public void AddStorage_Blob_StateStoreReadsOwnCopiesUnlessTurnedOff(string? setting, bool expected)
    {
        var config = new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net",
        };
        if (setting is not null)
        {
            config["Storage:ReadOwnCopies"] = setting;
        }
        using var provider = Build(config);

        var stores = provider.GetRequiredService<BotStores>();

        Assert.Equal(expected, Assert.IsType<BlobStorage>(Assert.IsType<ObservedStorage>(stores.State).Inner).ReadsOwnCopies);
        // The archive is read fresh every time: its documents are not a turn's own.
        Assert.False(Assert.IsType<BlobStorage>(Assert.IsType<ObservedStorage>(stores.Archive).Inner).ReadsOwnCopies);
    }

    [Theory]
    [InlineData("Production", "https://prod.blob.core.windows.net", true)]
    [InlineData("Production", "http://127.0.0.1:10000/devstoreaccount1", false)]
    [InlineData("Development", "https://prod.blob.core.windows.net", false)]
    public void AddStorage_AccountKeyOutsideDevelopment_Warns(string environment, string endpoint, bool warns)
    {
        var logs = new ListLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=a2V5;BlobEndpoint={endpoint};",
        });
        builder.Logging.AddProvider(logs);
        builder.Services.AddStorage(builder.Configuration);
        using var host = builder.Build();

        host.Services.GetRequiredService<BotStores>();

        Assert.Equal(warns, logs.Messages.Any(m => m.Contains("account key is configured", StringComparison.Ordinal)));
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
