using AllianceBot.Bot.Model;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Model.Tests;

/// <summary>The pieces between the dialogs and the model: the question budget setting and the debrief request mapping.</summary>
public sealed class WiringUnitTests
{
    private static readonly OfflineReasoning Engine = OfflineReasoning.CreateDefault();

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Validate_QuestionBudgetOutOfRange_FailsNamingTheKey(double seconds)
    {
        var options = new ModelOptions { Endpoint = "http://127.0.0.1:1/v1/", Deployment = "d", ApiKey = "k", QuestionBudgetSeconds = seconds };

        var errors = new ModelOptionsValidator().Validate(null, options).Failures ?? [];

        Assert.Contains(errors, e => e.Contains("Model:QuestionBudgetSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public void From_RecordWithFinding_TextFindingsPassagesAndKnownCodesMapped()
    {
        var record = new DebriefRecord
        {
            DebriefId = "D-20261121-ABCDEF",
            Practitioner = new PersonRecord("user-1", "Pat"),
            ClientCode = "C-104",
            Date = new DateOnly(2026, 11, 21),
            Kind = SessionKind.First,
            Setting = SessionSetting.Video,
            Ratings = new RatingsRecord(4, 3, 5),
            StandardItemsDone = [],
            Narrative = "We talked about roles.",
            Reflections = [new ReflectionAnswer("AC-RUSHED", "How did it end?", "I rushed the ending."), new ReflectionAnswer("P8", "q", null)],
            NextSteps = "Send the summary.",
            Findings = [new FindingRecord("AC-RUSHED", Severity.Warning, "I rushed the ending", FindingSource.Detected, "reflection")],
            PromptsShown = [],
            WentWell = [],
            HasViolation = false,
            EngineVersion = "test",
            StartedAt = DateTimeOffset.UtcNow,
            ConfirmedAt = DateTimeOffset.UtcNow,
        };

        var request = DebriefEnrichmentRequests.From(record, Engine.Knowledge);

        Assert.Equal("We talked about roles.\n\nI rushed the ending.\n\nSend the summary.", request.MaskedText);
        var finding = Assert.Single(request.OfflineFindings);
        Assert.Equal(("AC-RUSHED", "warning"), (finding.Code, finding.Severity));
        Assert.Equal("AC-RUSHED", request.Passages[0].Code);
        Assert.Equal(request.Passages.Count, request.Passages.Select(p => p.Code).Distinct().Count());
        Assert.Equal(Engine.Knowledge.Passages.Count, request.KnownCodes.Count);
    }
}
