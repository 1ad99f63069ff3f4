namespace AllianceBot.Bot.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(LogLevel.Information, "Storage: local folder {Root}")]
    public static partial void UsingLocal(this ILogger log, string root);

    [LoggerMessage(LogLevel.Information, "Storage: Azure Blob Storage at {Endpoint}, containers {StateContainer} and {ArchiveContainer}, authenticated by {Authentication}")]
    public static partial void UsingBlob(this ILogger log, string endpoint, string stateContainer, string archiveContainer, string authentication);

    [LoggerMessage(LogLevel.Warning, "Storage: in memory; conversation state and debriefs are lost when the process stops")]
    public static partial void UsingMemory(this ILogger log);
}
