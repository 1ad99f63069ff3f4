using System.Net;
using System.Text.Json;
using AllianceBot.Bot.Storage;
using AllianceBot.Bot.Telemetry;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllianceBot.Bot.Tests.Telemetry;

/// <summary>
/// A whole debrief through the real host, with a model, and every span, metric point and log record
/// the OpenTelemetry pipeline exports written down: the spans, metrics and turn lines are there, and
/// nothing of what the practitioner typed is, nor the client code, an identifier or their name.
/// </summary>
public sealed class TelemetryPrivacyTests : IAsyncLifetime
{
    private const string ClientCode = "C-731";
    private const string Narrative = "Ximena told me about her brother Thaddeus and the bakery on Quillfeather Lane; "
        + "she asked me to call 604-555-0199 or write ximena.quill@example.org after the session.";
    private const string Reflection = "I felt Zanzibarian pressure to fix things quickly.";
    private const string NextSteps = "Send the Marmalade worksheet before Tuesday.";
    private const string UserName = "Ottoline Brackenridge";
    private const string ConversationId = "a:conv-telemetry;messageid=42";

    private static readonly string[] MustNotAppear =
    [
        ClientCode, "Ximena", "Thaddeus", "Quillfeather", "bakery", "604-555-0199", "ximena.quill", "example.org",
        "Zanzibarian", "Marmalade", "Ottoline", "Brackenridge", "conv-telemetry", TestActivities.UserAad, "29:user-1",
        "model-secret-key", "Summary for the supervisor",
    ];

    private readonly TelemetryCapture _capture = new();
    private FakeOpenAiServer _model = null!;
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _model = await FakeOpenAiServer.StartAsync();
        _connector = await LoopbackConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task Debrief_WithModel_ExportsSpansMetricsAndLogsWithoutTextCodesOrIdentifiers()
    {
        _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new
        {
            supervisorSummary = "Summary for the supervisor about Thaddeus and the Quillfeather bakery.",
            findings = Array.Empty<object>(),
            prompts = Array.Empty<object>(),
        })));
        await using var host = await BotTestHost.StartAsync(bot: null, new Dictionary<string, string?>
        {
            ["Model:Provider"] = "AzureOpenAI",
            ["Model:Endpoint"] = _model.AzureResourceEndpoint.ToString(),
            ["Model:Deployment"] = "gpt-4o-mini",
            ["Model:ApiKey"] = "model-secret-key",
            ["Model:MaxRetries"] = "0",
        }, new BotStores(new ObservedStorage(new MemoryStorage(), "state"), new ObservedStorage(new MemoryStorage(), "archive")),
            services => services.AddTelemetry(new ConfigurationBuilder().Build(), _capture.AddTo), realBot: true);

        await SendAsync(host, Message("quick debrief"), 1);
        var submit = Message("");
        submit.Text = null;
        var values = QuickDebriefSubmit.Complete(clientCode: ClientCode);
        values[DebriefFields.Narrative] = Narrative;
        values[DebriefFields.Reflection] = Reflection;
        values[DebriefFields.NextSteps] = NextSteps;
        values[DebriefFields.Standard] = "P4,P8";
        values[DebriefFields.Signs] = "BS-CONTACT";
        submit.Value = JsonSerializer.SerializeToElement(values);
        await SendAsync(host, submit, 1);
        await SendAsync(host, Message("confirm"), 1);
        await WaitForAsync(() => _model.Requests.Count == 1, "the enrichment call; the bot said: " + string.Join(" | ", _connector.DeliveredMessages.Select(m => m.Text)));
        // The model saw the (masked) debrief: proof that the narrative went through the pipeline's code paths.
        Assert.Contains("Quillfeather", _model.Requests[0].Body, StringComparison.Ordinal);
        await WaitForAsync(() => _capture.Spans.Any(s => s.StartsWith("model debrief", StringComparison.Ordinal)), "the model span");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        host.Services.GetRequiredService<LoggerProvider>().ForceFlush();

        var spans = _capture.Spans;
        Assert.Contains(spans, s => s.StartsWith("turn text [Internal]", StringComparison.Ordinal) && s.Contains("alliancebot.turn.outcome=Completed", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("turn card [Internal]", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("storage write [Client]", StringComparison.Ordinal) && s.Contains("alliancebot.storage.store=archive", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("storage read [Client]", StringComparison.Ordinal) && s.Contains("alliancebot.storage.store=state", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("connector reply [Client]", StringComparison.Ordinal) && s.Contains("http.response.status_code=200", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("model debrief [Client]", StringComparison.Ordinal) && s.Contains("gen_ai.usage.input_tokens=", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.StartsWith("POST /api/messages", StringComparison.Ordinal));
        var metrics = _capture.Metrics;
        Assert.Contains(metrics, m => m.StartsWith("alliancebot.turns ", StringComparison.Ordinal) && m.Contains("alliancebot.turn.kind=card", StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.StartsWith("alliancebot.turn.duration (ms)", StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.StartsWith("alliancebot.debrief.findings ", StringComparison.Ordinal) && m.Contains("alliancebot.finding.family=BS", StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.StartsWith("alliancebot.model.tokens ", StringComparison.Ordinal));
        Assert.Contains(_capture.Logs, l => l.Contains("message=Turn turn-", StringComparison.Ordinal) && l.Contains(": Completed in ", StringComparison.Ordinal));

        var leaks = _capture.Everything
            .SelectMany(item => MustNotAppear.Where(secret => item.Contains(secret, StringComparison.OrdinalIgnoreCase)).Select(secret => $"'{secret}' in: {item}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public async Task LoggedException_ExportedAsTypeAndStackOnly()
    {
        await using var host = await BotTestHost.StartAsync(new TestBot(), configure: services =>
            services.AddTelemetry(new ConfigurationBuilder().Build(), _capture.AddTo));
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AllianceBot.Probe");

        try
        {
            throw new FormatException("could not read 'Thaddeus lives at Quillfeather Lane'");
        }
        catch (FormatException ex)
        {
#pragma warning disable CA1848, CA2254 // a one-off probe of the pipeline, not a production log call
            logger.LogError(ex, "Probe failed");
#pragma warning restore CA1848, CA2254
        }
        host.Services.GetRequiredService<LoggerProvider>().ForceFlush();

        var line = Assert.Single(_capture.Logs, l => l.Contains("Probe failed", StringComparison.Ordinal));
        Assert.Contains("exception.type=System.FormatException", line, StringComparison.Ordinal);
        Assert.Contains("exception.stacktrace=", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", line, StringComparison.Ordinal);
    }

    private int _ids;

    private Activity Message(string text)
    {
        var activity = TestActivities.Message(text, _connector.ServiceUrl, ConversationId, id: $"turn-{Interlocked.Increment(ref _ids)}");
        activity.From!.Name = UserName;
        return activity;
    }

    private async Task SendAsync(BotTestHost host, Activity activity, int replies)
    {
        var before = _connector.DeliveredMessages.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(activity)).StatusCode);
        await _connector.WaitForMessagesAsync(before + replies);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
            }
            await Task.Delay(20);
        }
    }
}
