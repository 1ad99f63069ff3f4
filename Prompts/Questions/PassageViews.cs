using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Questions;

/// <summary>What one text stands for in the dense index: the whole passage, its title, its keywords, or one of its asks.</summary>
internal enum ViewKind
{
    Passage,
    Title,
    Keywords,
    Ask,
}

internal sealed record PassageView(int Passage, ViewKind Kind, string Text);

/// <summary>
/// The texts that stand for each passage in the dense index. A practitioner's message is closer in
/// meaning to another practitioner's message than to the standard's prose, so besides the passage
/// itself each ask (and the plain-language question the debrief asks about the item) is a view of its own.
/// </summary>
internal static class PassageViews
{
    public static List<PassageView> For(KnowledgeBase kb)
    {
        var questions = kb.WarningSigns.Select(s => (s.Code, s.Question))
            .Concat(kb.StandardItems.Select(s => (s.Code, s.Question)))
            .ToDictionary(x => x.Code, x => x.Question, StringComparer.OrdinalIgnoreCase);
        var views = new List<PassageView>();
        for (var i = 0; i < kb.Passages.Count; i++)
        {
            var p = kb.Passages[i];
            views.Add(new(i, ViewKind.Passage, p.Title + ". " + p.Text));
            views.Add(new(i, ViewKind.Title, p.Title));
            if (p.Keywords.Count > 0) views.Add(new(i, ViewKind.Keywords, string.Join(", ", p.Keywords)));
            if (questions.TryGetValue(p.Code, out var question)) views.Add(new(i, ViewKind.Ask, question));
            foreach (var ask in p.Asks) views.Add(new(i, ViewKind.Ask, ask));
        }
        return views;
    }
}
