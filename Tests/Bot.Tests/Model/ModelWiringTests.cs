using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AllianceBot.Bot.Model;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.Prompts.Questions;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Bot.Tests.Model;

/// <summary>The model wired into the real bot, through /api/messages, against the scripted OpenAI server.</summary>
public sealed class ModelWiringTests : IAsyncLifetime
{
    private const string Question = "is it ok to text a client from my cell?";
    private static readonly OfflineReasoning Offline = OfflineReasoning.CreateDefault();

    private readonly RecordingMessenger _messenger = new();
    private readonly MemoryStorage _archive = new();
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
    public async Task Question_ModelAnswersWithCitation_ModelAnswerWithSourcesSent()
    {
        var offline = Offline.Answer(Question, null);
        Assert.Equal(AnswerKind.Answered, offline.Kind);
        var code = offline.Passages[0].Code;
        _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new
        {
            answerable = true,
            answer = $"Agree goals and roles first, as {code} describes.",
            citedCodes = new[] { code },
        })));
        await using var host = await StartAsync(withModel: true);

        await host.PostAsync(TestActivities.Message(Question, _connector.ServiceUrl));

        var reply = Assert.Single(await _connector.WaitForMessagesAsync(1));
        Assert.Equal($"Agree goals and roles first, as {code} describes.\n\n{QuestionsCopy.Sources([code])}", reply.Text);
        Assert.Single(_model.Requests);
        Assert.Contains(_connector.Delivered, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Question_ModelHangs_OfflineAnswerWithinBudget()
    {
        Assert.Equal(AnswerKind.Answered, Offline.Answer(Question, null).Kind);
        var code = Offline.Answer(Question, null).Passages[0].Code;
        _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new { answerable = true, answer = $"See {code}.", citedCodes = new[] { code } })));
        _model.Enqueue(FakeOpenAiResponse.Hang());
        await using var host = await StartAsync(withModel: true, ("Model:QuestionBudgetSeconds", "1"));
        // A first question opens the connection to the model, so the hanging call below reaches it
        // well inside the one-second budget even on a busy machine.
        await host.PostAsync(TestActivities.Message(Question, _connector.ServiceUrl));
        await _connector.WaitForMessagesAsync(1);
        var watch = Stopwatch.StartNew();

        await host.PostAsync(TestActivities.Message(Question, _connector.ServiceUrl));

        var reply = (await _connector.WaitForMessagesAsync(2))[1];
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(QuestionResponder.Format(Offline.Answer(Question, null)), reply.Text);
        Assert.Equal(2, _model.Requests.Count);
    }

    [Fact]
    public async Task Question_Crisis_NoModelCall()
    {
        const string crisis = "client says he took a bunch of pills, what do i do?";
        Assert.Equal(AnswerKind.Crisis, Offline.Answer(crisis, null).Kind);
        await using var host = await StartAsync(withModel: true);

        await host.PostAsync(TestActivities.Message(crisis, _connector.ServiceUrl));

        var reply = Assert.Single(await _connector.WaitForMessagesAsync(1));
        Assert.Equal(QuestionResponder.Format(Offline.Answer(crisis, null)), reply.Text);
        Assert.Empty(_model.Requests);
        Assert.DoesNotContain(_connector.Delivered, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Question_NotCovered_NoModelCallAndNoCitation()
    {
        const string offTopic = "how do I check if my client qualifies for employment insurance?";
        Assert.Equal(AnswerKind.NotCovered, Offline.Answer(offTopic, null).Kind);
        await using var host = await StartAsync(withModel: true);

        await host.PostAsync(TestActivities.Message(offTopic, _connector.ServiceUrl));

        var reply = Assert.Single(await _connector.WaitForMessagesAsync(1));
        Assert.Equal(AnswerCopy.NotCovered, reply.Text);
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task FollowUp_ModelSeesTheEarlierQuestionAndOnlyTheRetrievedPassages()
    {
        const string followUp = "and what about gifts?";
        var offline = Offline.Answer(followUp, Question);
        Assert.Equal("BV-GIFT", offline.CitedCodes[0]);
        foreach (var code in new[] { "BS-CONTACT", "BV-GIFT" })
            _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new { answerable = true, answer = $"See {code}.", citedCodes = new[] { code } })));
        await using var host = await StartAsync(withModel: true);

        await host.PostAsync(TestActivities.Message(Question, _connector.ServiceUrl));
        await _connector.WaitForMessagesAsync(1);
        await host.PostAsync(TestActivities.Message(followUp, _connector.ServiceUrl));

        var reply = (await _connector.WaitForMessagesAsync(2))[1];
        Assert.Equal($"See BV-GIFT.\n\n{QuestionsCopy.Sources(["BV-GIFT"])}", reply.Text);
        var user = _model.Requests[1].MessageContent("user");
        Assert.Contains($"earlierQuestion: \"{Question}\"", user);
        Assert.Contains($"question: \"{followUp}\"", user);
        Assert.All(offline.Passages, p => Assert.Contains($"\"{p.Code}\"", user));
    }

    [Fact]
    public async Task Confirm_ModelConfigured_OneCallCompanionSavedAndFollowUpSent()
    {
        _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new
        {
            supervisorSummary = "A first session that ended in a rush.",
            findings = new object[]
            {
                new { code = "BS-TIME", severity = "warning", evidence = "what she wants from the service" },
                new { code = "ZZ-NOPE", severity = "warning", evidence = "We talked about roles" },
            },
            prompts = new[] { new { code = "P8", text = "How will you check her goals next time?" } },
        })));
        await using var host = await StartAsync(withModel: true);

        var record = await ConfirmQuickDebriefAsync(host);

        var followUp = await _messenger.WaitForOneAsync();
        Assert.StartsWith(DebriefFollowUpCopy.Heading(record.DebriefId), followUp.Text);
        Assert.Contains("BS-TIME", followUp.Text);
        Assert.Contains("P8: How will you check her goals next time?", followUp.Text);
        Assert.DoesNotContain("ZZ-NOPE", followUp.Text);
        Assert.All(record.Findings, f => Assert.DoesNotContain($"- {f.Code} (", followUp.Text));
        Assert.Equal(TestActivities.UserAad, _messenger.Sent[0].UserKey);

        var document = await WaitForCompanionAsync(host, record);
        Assert.Equal("A first session that ended in a rush.", document.SupervisorSummary);
        Assert.Equal(record.Findings.Select(f => f.Code), document.Findings.Where(f => f.Source == EnrichmentSource.Offline).Select(f => f.Code));
        Assert.NotEmpty(record.Findings);
        var added = Assert.Single(document.Findings, f => f.Source == EnrichmentSource.Model);
        Assert.Equal("BS-TIME", added.Code);
        Assert.DoesNotContain(document.Findings, f => f.Code == "ZZ-NOPE");
        Assert.Single(_model.Requests);
        Assert.Contains("I rushed the ending.", _model.Requests[0].MessageContent("user"));
    }

    [Fact]
    public async Task Confirm_NoModelConfigured_NoFollowUpNoCompanionSameReplies()
    {
        await using var host = await StartAsync(withModel: false);

        var record = await ConfirmQuickDebriefAsync(host);
        await Task.Delay(500);

        Assert.Empty(_messenger.Sent);
        Assert.Empty(_model.Requests);
        Assert.Null(await host.Services.GetRequiredService<IEnrichmentStore>().GetAsync(record.Practitioner.Id, record.Date, record.DebriefId));
        Assert.IsType<NoDebriefEnrichment>(host.Services.GetRequiredService<IDebriefEnrichment>());
        Assert.IsType<NoAnswerRefiner>(host.Services.GetRequiredService<IAnswerRefiner>());
        Assert.DoesNotContain(_connector.Delivered, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Confirm_ModelReturnsNothingNew_CompanionSavedNoFollowUp()
    {
        _model.Enqueue(FakeOpenAiResponse.Completion(JsonSerializer.Serialize(new
        {
            supervisorSummary = "Nothing to add.",
            findings = Array.Empty<object>(),
            prompts = Array.Empty<object>(),
        })));
        await using var host = await StartAsync(withModel: true);

        var record = await ConfirmQuickDebriefAsync(host);

        var document = await WaitForCompanionAsync(host, record);
        Assert.All(document.Findings, f => Assert.Equal(EnrichmentSource.Offline, f.Source));
        await Task.Delay(300);
        Assert.Empty(_messenger.Sent);
    }

    private async Task<BotTestHost> StartAsync(bool withModel, params (string Key, string Value)[] extra)
    {
        var config = new Dictionary<string, string?>();
        if (withModel)
        {
            config["Model:Endpoint"] = _model.V1Endpoint.ToString();
            config["Model:Deployment"] = "test-model";
            config["Model:ApiKey"] = "test-key";
            config["Model:MaxRetries"] = "0";
        }
        foreach (var (key, value) in extra)
        {
            config[key] = value;
        }
        return await BotTestHost.StartAsync(bot: null, config, new BotStores(new MemoryStorage(), _archive),
            services => services.AddSingleton<IProactiveMessenger>(_messenger), realBot: true);
    }

    /// <summary>A quick debrief through the endpoint: the card, its submit, then "confirm"; returns the archived record.</summary>
    private async Task<DebriefRecord> ConfirmQuickDebriefAsync(BotTestHost host)
    {
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.Message("quick debrief", _connector.ServiceUrl))).StatusCode);
        await _connector.WaitForMessagesAsync(1);
        var submit = TestActivities.Message("", _connector.ServiceUrl);
        submit.Text = null;
        submit.Value = JsonSerializer.SerializeToElement(QuickDebriefSubmit.Complete());
        var before = _connector.DeliveredMessages.Count;
        await host.PostAsync(submit);
        await _connector.WaitForMessagesAsync(before + 1);
        await Task.Delay(200);
        before = _connector.DeliveredMessages.Count;
        await host.PostAsync(TestActivities.Message("confirm", _connector.ServiceUrl));
        var replies = await _connector.WaitForMessagesAsync(before + 1);

        var archive = host.Services.GetRequiredService<IDebriefArchive>();
        var saved = Assert.Single(await archive.ListRecentAsync(TestActivities.UserAad, 10));
        var record = DebriefRecordBuilder.FromJson((await archive.GetAsync(TestActivities.UserAad, saved.DebriefId))!.Json)!;
        Assert.Contains(replies, r => r.Text == DebriefCopy.Receipt(record.DebriefId, null, record.HasViolation));
        return record;
    }

    private static async Task<DebriefEnrichmentDocument> WaitForCompanionAsync(BotTestHost host, DebriefRecord record)
    {
        var store = host.Services.GetRequiredService<IEnrichmentStore>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await store.GetAsync(record.Practitioner.Id, record.Date, record.DebriefId) is { } document)
            {
                return document;
            }
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException("No enrichment companion document was saved.");
    }
}
