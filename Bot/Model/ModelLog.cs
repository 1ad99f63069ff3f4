namespace AllianceBot.Bot.Model;

// Figures only: operation names, status codes, token counts and times. Never prompt or answer text.
// Per call and per debrief events are Debug: a turn logs one line at Information (TurnLog); their figures
// are on the model span and in the metrics (alliancebot.model.tokens, alliancebot.model.fallbacks).
internal static partial class ModelLog
{
    [LoggerMessage(LogLevel.Information, "Model enrichment on: {Provider} client, endpoint host {Host}, deployment {Deployment}, auth {AuthMode}")]
    public static partial void ModelConfigured(this ILogger logger, string provider, string host, string deployment, string authMode);

    [LoggerMessage(LogLevel.Debug, "Model call {Operation} completed: {InputTokens} tokens in, {OutputTokens} tokens out, {ElapsedMs} ms, attempt {Attempt}")]
    public static partial void CallCompleted(this ILogger logger, string operation, int inputTokens, int outputTokens, long elapsedMs, int attempt);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} got HTTP {Status}; retrying in {DelayMs} ms (attempt {Attempt})")]
    public static partial void CallRetrying(this ILogger logger, string operation, int status, long delayMs, int attempt);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} got HTTP {Status} asking to wait {WaitMs} ms with {RemainingMs} ms of budget left; keeping the offline result")]
    public static partial void CallGaveUp(this ILogger logger, string operation, int status, long waitMs, long remainingMs);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} failed ({Reason}, HTTP {Status}); keeping the offline result")]
    public static partial void CallFailed(this ILogger logger, string operation, string reason, int status);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} timed out after {BudgetMs} ms; keeping the offline result")]
    public static partial void CallTimedOut(this ILogger logger, string operation, long budgetMs);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} was stopped by the content filter ({Where}); keeping the offline result")]
    public static partial void ContentFiltered(this ILogger logger, string operation, string where);

    [LoggerMessage(LogLevel.Warning, "Model output for {Operation} rejected ({Reason}); keeping the offline result")]
    public static partial void OutputRejected(this ILogger logger, string operation, string reason);

    [LoggerMessage(LogLevel.Debug, "Model call {Operation}: {PassagesUsed} of {PassagesGiven} passages fit under the cap of {MaxInputTokens} input tokens (about {EstimatedTokens} used)")]
    public static partial void PassagesTrimmed(this ILogger logger, string operation, int passagesUsed, int passagesGiven, int maxInputTokens, int estimatedTokens);

    [LoggerMessage(LogLevel.Warning, "Model call {Operation} skipped: the request does not fit under the cap of {MaxInputTokens} input tokens")]
    public static partial void OverBudget(this ILogger logger, string operation, int maxInputTokens);

    [LoggerMessage(LogLevel.Debug, "Debrief enrichment accepted: {FindingsKept} model findings kept, {Prompts} prompts")]
    public static partial void EnrichmentAccepted(this ILogger logger, int findingsKept, int prompts);

    [LoggerMessage(LogLevel.Debug, "A crisis question was not sent to the model")]
    public static partial void CrisisRefused(this ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Background enrichment queue is full ({Capacity}); the offline result stands for this one")]
    public static partial void QueueFull(this ILogger logger, int capacity);

    [LoggerMessage(LogLevel.Error, "Background enrichment work failed")]
    public static partial void BackgroundWorkFailed(this ILogger logger, Exception exception);
}

// The wiring into the dialogs: figures and ids only, never text.
internal static partial class ModelWireLog
{
    [LoggerMessage(LogLevel.Warning, "The model did not answer the question within {BudgetMs} ms; the offline answer went out")]
    public static partial void QuestionBudgetSpent(this ILogger logger, long budgetMs);

    [LoggerMessage(LogLevel.Debug, "Debrief {DebriefId}: the model's second look added {Findings} findings and {Prompts} prompts")]
    public static partial void FollowUpReady(this ILogger logger, string debriefId, int findings, int prompts);

    [LoggerMessage(LogLevel.Warning, "Debrief {DebriefId}: the enrichment companion document was not saved ({Reason})")]
    public static partial void CompanionNotSaved(this ILogger logger, string debriefId, string reason);

    [LoggerMessage(LogLevel.Warning, "Debrief {DebriefId}: the follow-up could not be delivered")]
    public static partial void FollowUpUndelivered(this ILogger logger, string debriefId);

    [LoggerMessage(LogLevel.Warning, "Debrief {DebriefId}: the enrichment was not queued")]
    public static partial void EnrichmentNotQueued(this ILogger logger, string debriefId, Exception? exception);
}
