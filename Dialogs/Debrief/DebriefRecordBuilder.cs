using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Turns a finished draft and the engine's reading of it into the stored record and its Markdown.</summary>
public static class DebriefRecordBuilder
{
    public static DebriefRecord Build(DebriefDraft draft, PersonRecord practitioner, PersonRecord? supervisor,
        DebriefAnalysis analysis, string engineVersion, Func<string, string> mask, DateTimeOffset confirmedAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(analysis);
        // Detections shown ticked in an answered boundary check were confirmed (kept) or rejected (unticked).
        var asked = draft.ConfirmedSigns.Concat(draft.RejectedSigns).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = draft.ConfirmedSigns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Evidence quotes the practitioner's words: masked like everything else that is stored.
        var findings = analysis.Findings.Select(f => new FindingRecord(f.Code, f.Severity, mask(f.Evidence), f.Source, f.Field,
            f.Source == FindingSource.Detected && asked.Contains(f.Code) ? kept.Contains(f.Code) : null)).ToList();
        // A crisis typed at a step whose answer is not kept (a rating, a command) still marks the record.
        if (draft.CrisisReportedAt is not null && !analysis.HasCrisis)
        {
            findings.Insert(0, new FindingRecord(SupervisionEngine.CrisisCode, Severity.Crisis, DebriefCopy.CrisisDuringDebrief, FindingSource.Detected, FindingFields.Narrative));
        }
        var confirmed = BoundaryCheck.WithoutRejected(analysis, draft.RejectedSigns);
        return new DebriefRecord
        {
            DebriefId = draft.DebriefId,
            Practitioner = practitioner,
            Supervisor = supervisor,
            ClientCode = draft.ClientCode ?? throw new InvalidOperationException("A debrief needs a client code."),
            Date = draft.Date ?? throw new InvalidOperationException("A debrief needs a date."),
            Kind = draft.Kind ?? SessionKind.Ongoing,
            Setting = draft.Setting ?? SessionSetting.InPerson,
            Ratings = new RatingsRecord(draft.Goals, draft.Tasks, draft.Bond),
            StandardItemsDone = draft.StandardItemsDone ?? [],
            BoundarySignsReported = draft.SignsReported,
            Narrative = draft.Narrative ?? string.Empty,
            Reflections = draft.Reflections ?? [],
            NextSteps = draft.NextSteps,
            BringToSupervision = draft.BringToSupervision,
            Findings = findings,
            PromptsShown = confirmed.Prompts.Select(ToRecord).ToList(),
            WentWell = confirmed.WentWell.Select(ToRecord).ToList(),
            HasViolation = findings.Any(f => f.Severity == Severity.Violation && !f.Rejected),
            CrisisReported = analysis.HasCrisis || draft.CrisisReportedAt is not null,
            EngineVersion = engineVersion,
            StartedAt = draft.StartedAt,
            ConfirmedAt = confirmedAt,
        };
    }

    public static string ToJson(DebriefRecord record) => JsonSerializer.Serialize(record, BotJson.Options);

    public static DebriefRecord? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DebriefRecord>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string ToMarkdown(DebriefRecord record, DebriefSummary summary)
        => $"{DebriefCopy.RecordHeader(record)}\n\n{summary.SupervisorMarkdown}";

    private static PromptRecord ToRecord(SupervisionPrompt prompt) => new(prompt.Code, prompt.Text, prompt.Kind);
}
