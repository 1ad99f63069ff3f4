using System.Text;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Prompts.Enrichment;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The proactive note after a model's second look: only what is new (model findings and prompts).
/// Null when there is nothing new, so the practitioner is not messaged for nothing.
/// </summary>
public static class DebriefFollowUp
{
    public static Activity? Create(string debriefId, IReadOnlyList<EnrichedFinding> merged, IReadOnlyList<ModelPrompt> prompts)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(prompts);
        var added = merged.Where(f => f.Source == EnrichmentSource.Model).ToList();
        if (added.Count == 0 && prompts.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder(DebriefFollowUpCopy.Heading(debriefId));
        if (added.Count > 0)
        {
            text.Append("\n\n").Append(DebriefFollowUpCopy.FindingsTitle);
            foreach (var f in added)
            {
                text.Append('\n').Append(DebriefFollowUpCopy.Finding(f.Code, f.Severity, f.Evidence));
            }
        }
        if (prompts.Count > 0)
        {
            text.Append("\n\n").Append(DebriefFollowUpCopy.PromptsTitle);
            foreach (var p in prompts)
            {
                text.Append('\n').Append(DebriefFollowUpCopy.Prompt(p.Code, p.Text));
            }
        }
        text.Append("\n\n").Append(DebriefFollowUpCopy.Footer);
        return Activity.CreateMessage(text.ToString());
    }
}
