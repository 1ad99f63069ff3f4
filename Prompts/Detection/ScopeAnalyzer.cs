using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Decides whether a matched description is an actual event by the practitioner: not negated
/// ("I did not give her my number"), not hypothetical or only considered ("if she asks I would
/// refuse", "I thought about hugging her but didn't"), not resolved since ("unclear goals last time
/// but agreed them today") and not someone else's action or words ("the client said she wanted to
/// be friends on Instagram"). Works on one clause plus its neighbours. The order of the checks is
/// here; the words each check looks for are data (<see cref="ScopeCues"/>, scope-cues.json).
/// </summary>
internal static partial class ScopeAnalyzer
{
    // A guard only: a timeout surfaces as RegexMatchTimeoutException, which the detector treats as "skip this clause".
    private const int MatchTimeoutMs = 500;

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex WordRegex();

    /// <summary>Judges with the embedded scope-cues.json, as the engine does.</summary>
    public static ScopeVerdict Judge(ClauseContext ctx, int localStart, int localLength, DetectionPattern pattern) =>
        Judge(ctx, localStart, localLength, pattern, ScopeCues.Embedded);

    public static ScopeVerdict Judge(ClauseContext ctx, int localStart, int localLength, DetectionPattern pattern, ScopeCues cues)
    {
        var clause = ctx.Clause.Text;
        var prefix = clause[..localStart];
        var matched = clause.Substring(localStart, localLength);

        if (IsOtherActor(prefix, matched, pattern.Actor, cues))
            return ScopeVerdict.OtherAgent;

        var window = LastWords(cues.FalseNegation.Replace(prefix, " "), cues.NegationWindowWords);
        var counterfactual = cues.Counterfactual.IsMatch(window);
        if (cues.Negation.IsMatch(window) && !counterfactual)
            return ScopeVerdict.Negated;
        if (!counterfactual && (cues.Hypothetical.IsMatch(window) || IsQuestion(clause) || StartsConditional(ctx, cues)))
            return ScopeVerdict.Hypothetical;
        // "I should have booked a follow-up" says it did not happen; "I shouldn't have given her my number" says it did.
        if (counterfactual && !pattern.CarriesNegation && !cues.RegretDone.IsMatch(window))
            return ScopeVerdict.Hypothetical;

        if (IsDeclinedAfter(ctx, pattern, cues))
            return ScopeVerdict.Declined;
        if (IsResolvedSince(ctx, prefix + matched, cues))
            return ScopeVerdict.PastResolved;
        return ScopeVerdict.Affirmed;
    }

    private static bool IsQuestion(string clause) => clause.TrimEnd().EndsWith('?');

    // A clause split off after a leading "if ..." (", I would") inherits the condition.
    private static bool StartsConditional(ClauseContext ctx, ScopeCues cues)
    {
        for (var i = ctx.Index - 1; i >= 0; i--)
        {
            var earlier = ctx.Sentence[i].Text;
            if (cues.ConditionalStart.IsMatch(earlier)) return true;
            if (!cues.ContinuationStart.IsMatch(earlier)) break;
        }
        return false;
    }

    private static bool IsOtherActor(string prefix, string matched, Actor actor, ScopeCues cues)
    {
        if (actor == Actor.Anyone) return false;
        var words = WordRegex().Matches(prefix + " " + matched).Select(m => m.Value).ToList();
        var prefixCount = WordRegex().Matches(prefix).Count;

        // The subject may be part of the match itself ("we kissed").
        if (prefixCount < words.Count && cues.SelfSubjects.Contains(words[prefixCount])) return false;

        for (var i = prefixCount - 1; i >= 0; i--)
        {
            var w = words[i];
            if (cues.SelfSubjects.Contains(w)) return false;
            var isOther = cues.OtherSubjects.Contains(w)
                || (cues.AmbiguousSubjects.Contains(w) && i + 1 < words.Count && cues.VerbsAfterSubject.Contains(words[i + 1]));
            if (!isOther) continue;
            return !GrantedByPractitioner(words, i, cues);
        }
        return false;
    }

    // "I told her she could text me any time": the practitioner is the one opening the door.
    private static bool GrantedByPractitioner(List<string> words, int otherIndex, ScopeCues cues)
    {
        var modalFollows = otherIndex + 1 < words.Count && cues.PermissionModals.Contains(words[otherIndex + 1]);
        if (!modalFollows) return false;
        for (var j = otherIndex - 1; j >= Math.Max(0, otherIndex - 4); j--)
            if (cues.PermissionVerbs.Contains(words[j]) && j > 0 && cues.SelfSubjects.Contains(words[j - 1]))
                return true;
        return false;
    }

    private static bool IsDeclinedAfter(ClauseContext ctx, DetectionPattern pattern, ScopeCues cues)
    {
        foreach (var next in ctx.Following(maxClauses: cues.DeclineClauses))
        {
            var text = next.Text;
            if (!cues.Decline.IsMatch(FirstWords(text, cues.DeclineFirstWords))) continue;
            var short_ = WordRegex().Matches(text).Count <= cues.ShortDeclineWords;
            if (short_ || cues.ExplicitDecline.IsMatch(text) || pattern.Offer) return true;
        }
        return false;
    }

    private static bool IsResolvedSince(ClauseContext ctx, string upToMatch, ScopeCues cues)
    {
        if (!cues.Past.IsMatch(upToMatch) && !cues.Past.IsMatch(ctx.Clause.Text)) return false;
        if (cues.UsedTo.IsMatch(upToMatch)) return true;
        foreach (var next in ctx.Following(maxClauses: cues.ResolvedClauses))
            if (cues.Resolved.IsMatch(next.Text)) return true;
        return false;
    }

    private static string FirstWords(string text, int count)
    {
        var matches = WordRegex().Matches(text);
        return matches.Count <= count ? text : text[..(matches[count - 1].Index + matches[count - 1].Length)];
    }

    private static string LastWords(string text, int count)
    {
        var matches = WordRegex().Matches(text);
        return matches.Count <= count ? text : text[matches[^count].Index..];
    }
}
