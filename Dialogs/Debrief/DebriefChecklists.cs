using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>Which standard items and warning signs the debrief asks about.</summary>
public static class DebriefChecklists
{
    /// <summary>
    /// Only where relevant: a first session asks the first-session items (roles P4, agreement P5) and
    /// the always items (next steps P8); later sessions ask every item that is not first-session only.
    /// </summary>
    public static IReadOnlyList<StandardItem> StandardFor(SessionKind kind, KnowledgeBase knowledge)
        => knowledge.StandardItems.Where(i => i.Always || (kind == SessionKind.First ? i.FirstSession : !i.FirstSession)).ToList();

    public static IReadOnlyList<WarningSign> Signs(KnowledgeBase knowledge) => knowledge.WarningSigns;
}
