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
    // Openers that continue a thread, and words that point back at something said before.
    [GeneratedRegex(@"^(?:what about|how about|and|also|what if|in a|in the|for a|for the|same for|and for|does that|is that|does this|is this|what else|then|so|ok|okay|but|even|or|which|how|why|would|could|should|is it|isn't it|what do|what does|what would|any)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpenerRegex();

    [GeneratedRegex(@"\b(?:that|this|these|those|it|then|instead|though|tho|there|same|either|exactly|specifically|him|her|them|she|he|they|his|their|one)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PointerRegex();

    /// <summary>How much the message leans on the previous one: 0 (stands alone) to 1 (means nothing without it).</summary>
    public static float Dependence(string question, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous)) return 0f;
        var lower = TextNormalizer.ForMatching(question).Trim();
        var content = LexicalQuery.ContentTerms(question).Distinct().Count();
        var opener = OpenerRegex().IsMatch(lower);
        var pointer = PointerRegex().IsMatch(lower);
        if (content <= 2) return 1f;
        if (opener && pointer) return content <= 4 ? 1f : 0.75f;
        if (opener || pointer) return content <= 4 ? 0.75f : 0.5f;
        return 0.25f;
    }
}
