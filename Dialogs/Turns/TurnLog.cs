using Microsoft.Extensions.Logging;

namespace AllianceBot.Dialogs.Turns;

/// <summary>The turn runner's log messages (the 1200 range, as when the HTTP adapter wrote them). Ids, types and reasons only, never text.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(1200, LogLevel.Information, "Duplicate activity in conversation {ConversationId} (caught in {Where}); not processed again.")]
    public static partial void DuplicateActivity(this ILogger logger, string conversationId, string where);

    [LoggerMessage(1201, LogLevel.Information, "State conflict in conversation {ConversationId} (attempt {Attempt}); running the turn again on fresh state.")]
    public static partial void TurnConflict(this ILogger logger, string conversationId, int attempt);

    [LoggerMessage(1202, LogLevel.Error, "State of conversation {ConversationId} could not be saved after {Attempts} attempts; the user was asked to send again.")]
    public static partial void TurnConflictGaveUp(this ILogger logger, string conversationId, int attempts);

    [LoggerMessage(1203, LogLevel.Error, "Storage unavailable ({ExceptionType}) in conversation {ConversationId}; the user was asked to send again.")]
    public static partial void TurnStorageUnavailable(this ILogger logger, string exceptionType, string conversationId);

    // The exception's message is left out on purpose: it can quote what the user typed.
    [LoggerMessage(1204, LogLevel.Error, "Turn failed with {ExceptionType} in conversation {ConversationId}; conversation state cleared. {StackTrace}")]
    public static partial void TurnFailed(this ILogger logger, string exceptionType, string conversationId, string? stackTrace);

    [LoggerMessage(1205, LogLevel.Error, "A reply could not be delivered ({ExceptionType}) in conversation {ConversationId}.")]
    public static partial void ReplyNotDelivered(this ILogger logger, string exceptionType, string conversationId);

    [LoggerMessage(1208, LogLevel.Error, "The state of conversation {ConversationId} could not be read and was discarded.")]
    public static partial void UnreadableStateDiscarded(this ILogger logger, string conversationId);
}
