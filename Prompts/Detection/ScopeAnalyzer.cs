using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Decides whether a matched description is an actual event by the practitioner: not negated
/// ("I did not give her my number"), not hypothetical or only considered ("if she asks I would
/// refuse", "I thought about hugging her but didn't"), not resolved since ("unclear goals last time
/// but agreed them today") and not someone else's action or words ("the client said she wanted to
/// be friends on Instagram"). Works on one clause plus its neighbours.
/// </summary>
internal static partial class ScopeAnalyzer
{
    // A guard only: a timeout surfaces as RegexMatchTimeoutException, which the detector treats as "skip this clause".
    private const int MatchTimeoutMs = 500;

    // Phrases that contain a negation word without negating the event after them.
    [GeneratedRegex(@"\b(?:not only|no doubt|no matter|not just|never mind|no wonder|nothing but|couldn't help|can't help|cannot help|could not help|can't stop|cannot stop|couldn't stop|could not stop|can not stop|shouldn't have|should not have|should've not|wish i hadn't|wish i had not|wish we hadn't|regret|not long after|no sooner)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex FalseNegationRegex();

    [GeneratedRegex(@"(?:\b(?:not|never|no|nor|neither|without|cannot|refused to|refuse to|declined to|decline to|avoided|avoid|avoiding|resisted|resist|refrained from|refrain from|instead of|rather than|no longer|none of|nobody|didnt|dont|doesnt|wont|wouldnt|cant|couldnt|havent|hasnt|hadnt|wasnt|werent|isnt|arent|shouldnt|less|not as)\b|\w+n't\b)", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NegationRegex();

    // Conditional, modal and "only considered" cues. "could tell/see" reports a perception, not a possibility.
    [GeneratedRegex(@"\b(?:if|unless|in case|whether|what if|suppose|supposing|imagine|hypothetically|would|wouldn't|might|may|should|shall|ought to|tempted|tempting|temptation|urge|urges|wanted to|want to|wanting to|wants to|wish|wished|was going to|were going to|almost|nearly|considered|considering|contemplated|contemplating|thought about \w+ing|thinking about \w+ing|thought of \w+ing|thinking of \w+ing|felt like \w+ing|feel like \w+ing|toyed with|debated|wondered about \w+ing|worried about \w+ing|afraid of \w+ing|could(?! (?:tell|see|sense|feel|hear|notice)\b)|can i|is it ok|is it okay|is it alright|am i allowed)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex HypotheticalRegex();

    [GeneratedRegex(@"\b(?:should have|should've|shouldn't have|should not have|could have|could've|would have|would've|wish (?:i|we) hadn't|wish (?:i|we) had not)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex CounterfactualRegex();

    // Looked for in the first few words of the following clause ("but I didn't", "in the end I declined").
    [GeneratedRegex(@"\b(?:didn't|did not|didnt|decided not|decided against|chose not|stopped myself|held back|refrained|resisted|changed my mind|thought better|said no|declined|refused|turned (?:it|her|him|them|the offer|the gift|it all) down|gave it back|give it back|returned it|handed it back|didn't accept|did not accept|wouldn't|would not|never did|pulled back|pulled away|backed off|caught myself|stopped|held off|let it go|didn't follow through|did not follow through)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex DeclineRegex();

    [GeneratedRegex(@"\b(?:declined|refused|turned (?:it|her|him|them|the offer|the gift|it all) down|gave it back|returned it|handed it back|said no|decided against|decided not|chose not|stopped myself|thought better|changed my mind|didn't accept|did not accept)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ExplicitDeclineRegex();

    [GeneratedRegex(@"\b(?:last time|last session|last week|last month|the previous session|previous sessions?|previously|earlier on|at first|initially|in the past|used to|early on|at the start|at the beginning|in the beginning|in our first session|in the first session|in earlier sessions|the first (?:few |couple of )?sessions?|a while ago|for a while|until (?:today|now|recently|this session|this week)|before today|before this session|weeks ago|months ago|back then|originally)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex PastRegex();

    [GeneratedRegex(@"\b(?:today|now|this time|this session|this week|by the end|since then|no longer|anymore|any more|has improved|have improved|improved|improving|resolved|fixed|sorted|settled|cleared up|clarified|agreed|repaired|worked (?:it|that|this|them) out|addressed|rebuilt|better|opened up|changed|stopped|corrected|put right|rectified|fine now|ok now|okay now|much clearer|clear now|clearer)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ResolvedRegex();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex WordRegex();

    private static readonly HashSet<string> SelfSubjects = ["i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "myself", "ourselves", "im", "ive"];
    private static readonly HashSet<string> OtherSubjects = ["she", "he", "they", "she's", "he's", "they're", "she'd", "he'd", "they'd", "she'll", "he'll", "they'll", "shes", "hes", "theyre"];
    private static readonly HashSet<string> Ambiguous = ["client", "patient", "mother", "mom", "father", "dad", "husband", "wife", "partner", "boss", "son", "daughter", "parent", "parents", "family", "friend", "sister", "brother", "teacher", "worker", "officer", "caseworker"];
    private static readonly HashSet<string> VerbsAfterSubject = ["said", "says", "asked", "asks", "told", "tells", "wanted", "wants", "mentioned", "suggested", "invited", "requested", "offered", "offers", "gave", "gives", "brought", "sent", "added", "followed", "was", "is", "has", "had", "did", "does", "kept", "keeps", "tried", "tries", "insisted", "texted", "called", "wrote", "shared", "talked", "spoke", "hoped", "hopes", "thinks", "thought", "felt", "feels", "would", "will", "could", "can", "might", "may", "wished", "admitted", "described", "explained", "reported", "disclosed", "claimed", "wondered", "pushed", "proposed"];
    private static readonly HashSet<string> PermissionVerbs = ["told", "tell", "let", "allowed", "allow", "invited", "invite", "encouraged", "offered", "said", "say", "agreed", "suggested"];
    private static readonly HashSet<string> PermissionModals = ["can", "could", "may", "should", "to", "is", "was", "would"];

    private const int NegationWindowWords = 10;

    public static ScopeVerdict Judge(ClauseContext ctx, int localStart, int localLength, DetectionPattern pattern)
    {
        var clause = ctx.Clause.Text;
        var prefix = clause[..localStart];
        var matched = clause.Substring(localStart, localLength);

        if (IsOtherActor(prefix, matched, pattern.Actor))
            return ScopeVerdict.OtherAgent;

        var window = LastWords(FalseNegationRegex().Replace(prefix, " "), NegationWindowWords);
        var counterfactual = CounterfactualRegex().IsMatch(window);
        if (NegationRegex().IsMatch(window) && !counterfactual)
            return ScopeVerdict.Negated;
        if (!counterfactual && (HypotheticalRegex().IsMatch(window) || IsQuestion(clause) || StartsConditional(ctx)))
            return ScopeVerdict.Hypothetical;
        if (counterfactual && !pattern.CarriesNegation && CounterfactualMeansNotDone(window))
            return ScopeVerdict.Hypothetical;

        if (IsDeclinedAfter(ctx, pattern))
            return ScopeVerdict.Declined;
        if (IsResolvedSince(ctx, prefix + matched))
            return ScopeVerdict.PastResolved;
        return ScopeVerdict.Affirmed;
    }

    // "I should have booked a follow-up" says it did not happen; "I shouldn't have given her my number" says it did.
    private static bool CounterfactualMeansNotDone(string window) => !RegretDoneRegex().IsMatch(window);

    [GeneratedRegex(@"\b(?:shouldn't have|should not have|wish (?:i|we) hadn't|wish (?:i|we) had not)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex RegretDoneRegex();

    [GeneratedRegex(@"^(?:if|unless|in case|whether|suppose|should (?:she|he|they))\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ConditionalStartRegex();

    [GeneratedRegex(@"^(?:and|or|then)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ContinuationStartRegex();

    [GeneratedRegex(@"\bused to\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex UsedToRegex();

    private static bool IsQuestion(string clause) => clause.TrimEnd().EndsWith('?');

    // A clause split off after a leading "if ..." (", I would") inherits the condition.
    private static bool StartsConditional(ClauseContext ctx)
    {
        for (var i = ctx.Index - 1; i >= 0; i--)
        {
            var earlier = ctx.Sentence[i].Text;
            if (ConditionalStartRegex().IsMatch(earlier)) return true;
            if (!ContinuationStartRegex().IsMatch(earlier)) break;
        }
        return false;
    }

    private static bool IsOtherActor(string prefix, string matched, Actor actor)
    {
        if (actor == Actor.Anyone) return false;
        var words = WordRegex().Matches(prefix + " " + matched).Select(m => m.Value).ToList();
        var prefixCount = WordRegex().Matches(prefix).Count;

        // The subject may be part of the match itself ("we kissed").
        if (prefixCount < words.Count && SelfSubjects.Contains(words[prefixCount])) return false;

        for (var i = prefixCount - 1; i >= 0; i--)
        {
            var w = words[i];
            if (SelfSubjects.Contains(w)) return false;
            var isOther = OtherSubjects.Contains(w)
                || (Ambiguous.Contains(w) && i + 1 < words.Count && VerbsAfterSubject.Contains(words[i + 1]));
            if (!isOther) continue;
            return !GrantedByPractitioner(words, i);
        }
        return false;
    }

    // "I told her she could text me any time": the practitioner is the one opening the door.
    private static bool GrantedByPractitioner(List<string> words, int otherIndex)
    {
        var modalFollows = otherIndex + 1 < words.Count && PermissionModals.Contains(words[otherIndex + 1]);
        if (!modalFollows) return false;
        for (var j = otherIndex - 1; j >= Math.Max(0, otherIndex - 4); j--)
            if (PermissionVerbs.Contains(words[j]) && j > 0 && SelfSubjects.Contains(words[j - 1]))
                return true;
        return false;
    }

    private static bool IsDeclinedAfter(ClauseContext ctx, DetectionPattern pattern)
    {
        foreach (var next in ctx.Following(maxClauses: 2))
        {
            var text = next.Text;
            if (!DeclineRegex().IsMatch(FirstWords(text, 6))) continue;
            var short_ = WordRegex().Matches(text).Count <= 4;
            if (short_ || ExplicitDeclineRegex().IsMatch(text) || pattern.Offer) return true;
        }
        return false;
    }

    private static bool IsResolvedSince(ClauseContext ctx, string upToMatch)
    {
        if (!PastRegex().IsMatch(upToMatch) && !PastRegex().IsMatch(ctx.Clause.Text)) return false;
        if (UsedToRegex().IsMatch(upToMatch)) return true;
        foreach (var next in ctx.Following(maxClauses: 3))
            if (ResolvedRegex().IsMatch(next.Text)) return true;
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
