using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.TestKit;

/// <summary>
/// A local OpenAI-compatible chat completions server on a free loopback port, for running the real
/// OpenAI clients in tests. Serves POST /v1/chat/completions (OpenAI and compatible servers), Azure's
/// /openai/deployments/{deployment}/chat/completions (AzureOpenAIClient) and /openai/v1/chat/completions,
/// answers with the scripted responses in order (a 500 saying "unscripted" when the script runs out)
/// and records every request.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeOpenAiResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private readonly X509Certificate2? _certificate;

    private FakeOpenAiServer(WebApplication app, Uri baseUri, X509Certificate2? certificate)
    {
        _app = app;
        BaseUri = baseUri;
        _certificate = certificate;
    }

    public Uri BaseUri { get; }

    /// <summary>The OpenAI-style base URL, as for OpenAI or Ollama.</summary>
    public Uri V1Endpoint => new(BaseUri, "v1/");

    /// <summary>The Azure OpenAI v1-style base URL.</summary>
    public Uri AzureV1Endpoint => new(BaseUri, "openai/v1/");

    /// <summary>The Azure OpenAI resource root, as AzureOpenAIClient takes it.</summary>
    public Uri AzureResourceEndpoint => BaseUri;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <param name="https">Serve TLS with a fresh self-signed certificate; pair with <see cref="CreateHttpClient"/>.</param>
    public static async Task<FakeOpenAiServer> StartAsync(bool https = false)
    {
        var certificate = https ? CreateCertificate() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeOpenAiServer? server = null;
        RequestDelegate handle = ctx => server!.HandleAsync(ctx);
        app.MapPost("/v1/chat/completions", handle);
        app.MapPost("/openai/v1/chat/completions", handle);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeOpenAiServer(app, new Uri(address.TrimEnd('/') + "/"), certificate);
        return server;
    }

    public FakeOpenAiServer Enqueue(params FakeOpenAiResponse[] responses)
    {
        foreach (var r in responses)
        {
            _script.Enqueue(r);
        }
        return this;
    }

    /// <summary>An HttpClient that trusts this server's own certificate and nothing else.</summary>
    public HttpClient CreateHttpClient()
    {
        var handler = new HttpClientHandler();
        if (_certificate is not null)
        {
            var thumbprint = _certificate.Thumbprint;
            handler.ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == thumbprint;
        }
        return new HttpClient(handler);
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Round-trip through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted);
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(ctx.Request.Path.Value ?? "", headers, body) { Query = ctx.Request.QueryString.Value ?? "" };
        _requests.Enqueue(recorded);
        var response = _script.TryDequeue(out var next)
            ? next
            : FakeOpenAiResponse.Error(500, "unscripted request");
        try
        {
            await response.WriteAsync(ctx, recorded, ctx.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (its timeout): nothing more to write.
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
        _certificate?.Dispose();
    }
}

/// <summary>One request the fake server received.</summary>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The query string with its "?", or empty.</summary>
    public string Query { get; init; } = "";

    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>The content of the first message with this role ("system", "user").</summary>
    public string? MessageContent(string role) =>
        Json["messages"]!.AsArray().FirstOrDefault(m => (string?)m!["role"] == role)?["content"] switch
        {
            JsonValue v => (string?)v,
            JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
            _ => null,
        };
}

/// <summary>A scripted answer; the factories cover what real services do.</summary>
public sealed class FakeOpenAiResponse(Func<HttpContext, RecordedRequest, CancellationToken, Task> write)
{
    internal Task WriteAsync(HttpContext ctx, RecordedRequest request, CancellationToken ct) => write(ctx, request, ct);

    /// <summary>A chat completion whose message content is <paramref name="content"/>. Without token figures, usage is estimated as message characters / 4.</summary>
    public static FakeOpenAiResponse Completion(
        string content, int? promptTokens = null, int completionTokens = 0, string finishReason = "stop", TimeSpan delay = default) =>
        new(async (ctx, request, ct) =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, ct);
            }
            var prompt = promptTokens ?? EstimateTokens(request);
            var completion = completionTokens > 0 ? completionTokens : (content.Length + 3) / 4;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(CompletionJson(content, prompt, completion, finishReason), ct);
        });

    /// <summary>A completion whose body is sent a few bytes at a time, <paramref name="pause"/> apart.</summary>
    public static FakeOpenAiResponse SlowBody(string content, TimeSpan pause) =>
        new(async (ctx, request, ct) =>
        {
            ctx.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(CompletionJson(content, EstimateTokens(request), 10, "stop"));
            await ctx.Response.StartAsync(ct);
            for (var i = 0; i < bytes.Length; i += 16)
            {
                await ctx.Response.Body.WriteAsync(bytes.AsMemory(i, Math.Min(16, bytes.Length - i)), ct);
                await ctx.Response.Body.FlushAsync(ct);
                await Task.Delay(pause, ct);
            }
        });

    /// <summary>Accepts the request and never answers (until the client gives up).</summary>
    public static FakeOpenAiResponse Hang() => new((_, _, ct) => Task.Delay(Timeout.Infinite, ct));

    /// <summary>429 with Retry-After in whole seconds and, when <paramref name="azureMilliseconds"/> is set, Azure's retry-after-ms too.</summary>
    public static FakeOpenAiResponse TooManyRequests(TimeSpan retryAfter, TimeSpan? azureMilliseconds = null) =>
        new((ctx, _, ct) =>
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            ctx.Response.Headers["Retry-After"] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(inv);
            if (azureMilliseconds is { } ms)
            {
                ctx.Response.Headers["retry-after-ms"] = ((long)ms.TotalMilliseconds).ToString(inv);
            }
            return WriteError(ctx, 429, "rate_limit_exceeded", "Rate limit reached. Retry later.", ct);
        });

    public static FakeOpenAiResponse Error(int status, string message) =>
        new((ctx, _, ct) => WriteError(ctx, status, "server_error", message, ct));

    /// <summary>Azure OpenAI's answer when the prompt trips the content filter.</summary>
    public static FakeOpenAiResponse ContentFilterError() =>
        new(async (ctx, _, ct) =>
        {
            ctx.Response.StatusCode = 400;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""
                {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.","type":null,"param":"prompt","code":"content_filter","status":400,
                "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":true,"severity":"medium"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,"severity":"safe"}}}}}
                """, ct);
        });

    /// <summary>A 200 whose body is whatever is given (for bodies that are not a chat completion).</summary>
    public static FakeOpenAiResponse RawBody(string body, string contentType = "application/json") =>
        new(async (ctx, _, ct) =>
        {
            ctx.Response.ContentType = contentType;
            await ctx.Response.WriteAsync(body, ct);
        });

    private static async Task WriteError(HttpContext ctx, int status, string code, string message, CancellationToken ct)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        var body = new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = code, ["code"] = code } };
        await ctx.Response.WriteAsync(body.ToJsonString(), ct);
    }

    private static string CompletionJson(string content, int promptTokens, int completionTokens, string finishReason) =>
        new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1763769600,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        }.ToJsonString();

    private static int EstimateTokens(RecordedRequest request)
    {
        try
        {
            var chars = request.Json["messages"]!.AsArray().Sum(m => m!["content"]?.ToJsonString().Length ?? 0);
            return (chars + 3) / 4;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
