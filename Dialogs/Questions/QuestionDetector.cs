using System.Collections.Frozen;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Questions;

/// <summary>Outside a debrief, a message that ends with "?" or opens like a question is answered as one.</summary>
public static class QuestionDetector
{
    private static readonly FrozenSet<string> Openers = new[]
    {
        "what", "how", "why", "when", "where", "who", "which", "whose", "should", "can", "could", "is", "are", "do", "does", "did",
        "would", "will", "may", "might", "must", "shall", "am", "was", "were", "has", "have", "explain", "tell",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsQuestion(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.EndsWith('?') && trimmed.Length > 1)
        {
            return true;
        }
        var normalized = ActivityText.Normalize(trimmed);
        var first = normalized.Split(' ', 2)[0].Split('\'')[0];
        return normalized.Contains(' ', StringComparison.Ordinal) && Openers.Contains(first);
    }
}
