using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Does a message lean on the one before it? "and what about gifts?", "how do i stop", "which
/// rights exactly?" make sense only with the earlier message; "is it ok to text a client?" stands on
/// its own. A message that leans on the previous one is read together with it.
/// </summary>
internal static partial class FollowUp
{
    // Openers that continue a thread rather than start one.
    [GeneratedRegex(@"^(?:what about|how about|and|also|what if|same for|what else|then|so|ok so|okay so|ok|okay|but|even|or|instead|plus|tho|though)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"^(?:and |so |ok |okay |but )?(?:what|how) about\b", RegexOptions.CultureInvariant)]
    private static partial Regex TopicSwitchRegex();

    // Words that point back at something said before.
    [GeneratedRegex(@"\b(?:that|this|these|those|it|then|instead|though|tho|same|either|exactly|specifically|such)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PointerRegex();

    /// <summary>How much the message leans on the previous one: 0 (stands alone) to 1 (means nothing without it).</summary>
    public static float Dependence(string question, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous)) return 0f;
        var lower = TextNormalizer.ForMatching(question).Trim();
        var content = LexicalQuery.ContentTerms(question).Distinct().Count();
        // "and what about gifts?": the thread goes on, but its new words name the topic.
        if (TopicSwitchRegex().IsMatch(lower) && content > 0) return 0.6f;
        if (content <= 2) return 1f;
        if (ContinuationRegex().IsMatch(lower)) return content <= 5 ? 1f : 0.6f;
        if (PointerRegex().IsMatch(lower)) return content <= 4 ? 0.75f : 0.3f;
        return content <= 4 ? 0.3f : 0f;
    }
}
