using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.TestKit;

/// <summary>
/// Confirmed debriefs for tests and benchmarks, saved through the archive's one door
/// (<see cref="IDebriefArchive.SaveAsync"/>) as the bot saves them: a full record, its Markdown, the index
/// entry and the client's marker.
/// </summary>
public static class SampleDebriefs
{
    public static DebriefRecord Record(string practitioner, DateOnly date, string debriefId, RatingsRecord? ratings = null,
        IReadOnlyList<FindingRecord>? findings = null, string clientCode = "C-104", string? nextSteps = "Book a follow-up",
        string? bringToSupervision = null, DateTimeOffset? confirmedAt = null)
    {
        var at = confirmedAt ?? new DateTimeOffset(date.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
        var kept = findings ?? [];
        return new DebriefRecord
        {
            DebriefId = debriefId, Practitioner = new PersonRecord(practitioner, null), ClientCode = clientCode, Date = date,
            Kind = SessionKind.Ongoing, Setting = SessionSetting.Video, Ratings = ratings ?? new RatingsRecord(4, 4, 4), StandardItemsDone = [],
            Narrative = "A session.", Reflections = [], NextSteps = nextSteps, BringToSupervision = bringToSupervision, Findings = kept,
            PromptsShown = [], WentWell = [], HasViolation = kept.Any(f => f.Severity == Severity.Violation && !f.Rejected),
            EngineVersion = "test", StartedAt = at.AddMinutes(-10), ConfirmedAt = at,
        };
    }

    /// <summary>A detected finding in the narrative, as the engine would record it.</summary>
    public static FindingRecord Finding(string code, Severity severity, string evidence)
        => new(code, severity, evidence, FindingSource.Detected, FindingFields.Narrative);

    /// <returns>The archive key of the record (its JSON).</returns>
    public static async Task<string> SaveAsync(IDebriefArchive archive, DebriefRecord record)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(record);
        var receipt = await archive.SaveAsync(new ArchivedDebrief(record.DebriefId, record.Practitioner.Id, record.Date,
            DebriefRecordBuilder.ToJson(record), $"# Debrief {record.DebriefId}\n",
            DebriefTags.For(record)));
        return receipt.JsonKey;
    }
}
