using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AllianceBot.Dialogs.Telemetry;
using AllianceBot.Prompts.Enrichment;
using Azure.Core;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace AllianceBot.Bot.Model;

/// <summary>
/// One structured-output chat call through the OpenAI library's chat client, made for the configured
/// provider by <see cref="ChatClientFactory"/> (Azure OpenAI, OpenAI, Ollama, llama.cpp). It owns the
/// time budget and the retries, and it turns every failure into an outcome instead of an exception, so a caller can only ever fall
/// back to the offline result.
/// </summary>
public sealed class OpenAiModelClient
{
    // A service asking for a longer pause than this is overloaded; the offline result is better than a long wait.
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(10);

    private readonly ChatClient _chat;
    private readonly ModelOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <param name="credential">For UseEntraId; DefaultAzureCredential when null.</param>
    /// <param name="httpClient">The HTTP client to send with (proxies, tests); the library's own when null.</param>
    public OpenAiModelClient(
        IOptions<ModelOptions> options,
        ILogger<OpenAiModelClient> logger,
        TimeProvider? time = null,
        TokenCredential? credential = null,
        HttpClient? httpClient = null)
    {
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        if (!_options.Enabled)
        {
            throw new InvalidOperationException("Model:Endpoint and Model:Deployment are not set; register NoModel instead.");
        }
        _chat = ChatClientFactory.Create(_options, credential, httpClient, out var endpoint);
        _logger.ModelConfigured(_options.EffectiveProvider.ToString(), endpoint.Host, _options.Deployment!, _options.AuthMode);
    }

    /// <summary>
    /// Sends a prompt that was built within the input-token cap. Null when it did not fit or the call
    /// did not complete (both logged, to the caller's logger): the offline result then stands.
    /// </summary>
    internal async Task<string?> CompleteWithinBudgetAsync(string operation, RenderedPrompt? prompt, int passagesOffered,
        ILogger logger, CancellationToken cancellationToken)
    {
        var cap = _options.MaxInputTokens;
        if (prompt is null)
        {
            logger.OverBudget(operation, cap);
            BotMetrics.ModelFellBack(operation, "over budget");
            return null;
        }
        if (prompt.PassagesUsed < passagesOffered)
        {
            logger.PassagesTrimmed(operation, prompt.PassagesUsed, passagesOffered, cap, prompt.EstimatedInputTokens);
        }
        var call = await CompleteJsonAsync(operation, prompt, cancellationToken).ConfigureAwait(false);
        return call.Outcome == ModelCallOutcome.Completed ? call.Json : null;
    }

    /// <summary>One call under a span (operation, model, outcome, token figures; never the prompt or the answer).</summary>
    internal async Task<ModelCall> CompleteJsonAsync(string operation, RenderedPrompt prompt, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Source.StartActivity("model " + operation, System.Diagnostics.ActivityKind.Client);
        span?.SetTag("gen_ai.operation.name", "chat");
        span?.SetTag("gen_ai.system", _options.EffectiveProvider == ModelProvider.AzureOpenAI ? "az.ai.openai" : "openai");
        span?.SetTag("gen_ai.request.model", _options.Deployment);
        span?.SetTag("alliancebot.model.operation", operation);
        var call = await CallAsync(operation, prompt, cancellationToken).ConfigureAwait(false);
        span?.SetTag("alliancebot.model.outcome", call.Outcome.ToString());
        span?.SetTag("gen_ai.usage.input_tokens", call.InputTokens);
        span?.SetTag("gen_ai.usage.output_tokens", call.OutputTokens);
        if (call.Outcome == ModelCallOutcome.Completed)
        {
            BotMetrics.ModelTokens(operation, call.InputTokens, call.OutputTokens);
        }
        else
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, call.Outcome.ToString());
            BotMetrics.ModelFellBack(operation, call.Outcome.ToString());
        }
        return call;
    }

    private async Task<ModelCall> CallAsync(string operation, RenderedPrompt prompt, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.Timeout);

        ChatMessage[] messages = [new SystemChatMessage(prompt.SystemMessage), new UserChatMessage(prompt.UserMessage)];
        var request = new ChatCompletionOptions
        {
            MaxOutputTokenCount = _options.MaxOutputTokens,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                prompt.SchemaName, BinaryData.FromString(prompt.SchemaJson), jsonSchemaIsStrict: true),
        };

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                ChatCompletion completion = await _chat.CompleteChatAsync(messages, request, budget.Token).ConfigureAwait(false);
                var usage = completion.Usage;
                _logger.CallCompleted(operation, usage?.InputTokenCount ?? 0, usage?.OutputTokenCount ?? 0,
                    (long)_time.GetElapsedTime(started).TotalMilliseconds, attempt);
                if (completion.FinishReason == ChatFinishReason.ContentFilter)
                {
                    _logger.ContentFiltered(operation, "response");
                    return ModelCall.Filtered;
                }
                if (completion.FinishReason == ChatFinishReason.Length)
                {
                    // Cut off at MaxOutputTokens: the JSON is incomplete.
                    _logger.CallFailed(operation, "output truncated at the token limit", 200);
                    return ModelCall.Failed;
                }
                var json = string.Concat(completion.Content.Select(p => p.Text));
                return new ModelCall(ModelCallOutcome.Completed, json, usage?.InputTokenCount ?? 0, usage?.OutputTokenCount ?? 0);
            }
            catch (ClientResultException ex) when (IsTransient(ex.Status))
            {
                var wait = RetryAfter(ex) ?? Backoff(attempt);
                var remaining = _options.Timeout - _time.GetElapsedTime(started);
                if (attempt > _options.MaxRetries)
                {
                    _logger.CallFailed(operation, "retries exhausted", ex.Status);
                    return ModelCall.Failed;
                }
                if (wait > MaxRetryWait || wait >= remaining)
                {
                    _logger.CallGaveUp(operation, ex.Status, (long)wait.TotalMilliseconds, (long)Math.Max(0, remaining.TotalMilliseconds));
                    return ModelCall.Failed;
                }
                _logger.CallRetrying(operation, ex.Status, (long)wait.TotalMilliseconds, attempt);
                try
                {
                    await Task.Delay(wait, _time, budget.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.CallTimedOut(operation, (long)_options.Timeout.TotalMilliseconds);
                    return ModelCall.TimedOut;
                }
            }
            catch (ClientResultException ex) when (ex.Status == 400 && IsContentFilterError(ex))
            {
                _logger.ContentFiltered(operation, "request");
                return ModelCall.Filtered;
            }
            catch (ClientResultException ex)
            {
                _logger.CallFailed(operation, "service error", ex.Status);
                return ModelCall.Failed;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.CallTimedOut(operation, (long)_options.Timeout.TotalMilliseconds);
                return ModelCall.TimedOut;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A body that is not a chat completion, a dropped connection, a token that could not be had:
                // only the exception's type is logged, because messages can echo what was sent.
                _logger.CallFailed(operation, ex.GetType().Name, 0);
                return ModelCall.Failed;
            }
        }
    }

    // 0 is "no response at all" (connection refused or reset).
    private static bool IsTransient(int status) => status is 0 or 408 or 429 or >= 500;

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1));

    /// <summary>Azure sends retry-after-ms as well as retry-after (seconds or an HTTP date).</summary>
    internal static TimeSpan? RetryAfter(ClientResultException ex)
    {
        var headers = ex.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }
        if (headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }
        if (headers.TryGetValue("Retry-After", out var value) && value is not null)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }
        return null;
    }

    /// <summary>Azure OpenAI answers a filtered prompt with 400 and error.code "content_filter".</summary>
    internal static bool IsContentFilterError(ClientResultException ex)
    {
        try
        {
            var body = ex.GetRawResponse()?.Content?.ToString();
            if (string.IsNullOrEmpty(body))
            {
                return false;
            }
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            return Is(error, "code", "content_filter")
                || (error.TryGetProperty("innererror", out var inner) && Is(inner, "code", "ResponsibleAIPolicyViolation"));
        }
        catch (JsonException)
        {
            return false;
        }

        static bool Is(JsonElement e, string name, string expected) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), expected, StringComparison.OrdinalIgnoreCase);
    }
}
