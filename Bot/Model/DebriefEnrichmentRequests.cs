using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Enrichment;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Bot.Model;

/// <summary>Maps a confirmed (already masked) record and the knowledge base onto the model's request.</summary>
public static class DebriefEnrichmentRequests
{
    public static DebriefEnrichmentRequest From(DebriefRecord record, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(knowledge);
        // The practitioner's own words only: the model's evidence must quote them, and the record's
        // free text was masked as it came in.
        var parts = new List<string> { record.Narrative };
        parts.AddRange(record.Reflections.Where(r => !string.IsNullOrWhiteSpace(r.Answer)).Select(r => r.Answer!));
        if (!string.IsNullOrWhiteSpace(record.NextSteps))
        {
            parts.Add(record.NextSteps);
        }
        var text = string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

        var offline = record.Findings
            .Select(f => new OfflineFinding(f.Code, f.Severity.ToString().ToLowerInvariant(), f.Evidence))
            .ToList();
        // Best first, because the token cap drops passages from the end: the codes already found
        // (worst first), then the prompts shown, then the warning signs the model might add.
        var codes = record.Findings.OrderByDescending(f => f.Severity).Select(f => f.Code)
            .Concat(record.PromptsShown.Select(p => p.Code))
            .Concat(knowledge.WarningSigns.OrderByDescending(s => s.Severity).Select(s => s.Code))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var passages = codes
            .Select(knowledge.Find)
            .OfType<KnowledgePassage>()
            .Select(p => new KnowledgeSnippet(p.Code, p.Title, p.Text))
            .ToList();
        var known = knowledge.Passages.Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new DebriefEnrichmentRequest(text, offline, passages, known);
    }
}
