using System.Text.RegularExpressions;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Safety;

/// <summary>
/// Screens one piece of text for imminent risk to someone. Two layers: listed cues (words for
/// suicide, self-harm, overdose, violence and abuse on their own; means, plans, timing and despair
/// in combination) and a semantic layer, a trained scorer over sentence embeddings that reads what
/// no cue names. Context rules set aside past and resolved risk, hypotheticals and training
/// material, fiction, idioms and negations. Stateless after construction and thread-safe.
/// </summary>
public sealed partial class CrisisScreen
{
    public const string ModelResource = "AllianceBot.Prompts.Safety.Data.crisis-model.json";

    // Very long run-on text is cut so a sentence never grows without bound.
    private const int MaxSentenceChars = 600;

    // A negation reaches this many characters past itself ("denies any thoughts of suicide").
    private const int NegationReach = 40;

    private readonly CrisisCues _cues;
    private readonly ITextEmbedder? _embedder;
    private readonly LinearModel? _model;

    /// <param name="embedder">Null screens with the cues alone (the semantic layer needs the model).</param>
    /// <param name="model">Null reads the trained scorer embedded in the build, if it matches the embedder.</param>
    public CrisisScreen(ITextEmbedder? embedder, LinearModel? model = null)
        : this(CrisisCues.LoadEmbedded(), embedder, model)
    {
    }

    internal CrisisScreen(CrisisCues cues, ITextEmbedder? embedder, LinearModel? model)
    {
        _cues = cues;
        _embedder = embedder;
        if (embedder is null) return;
        if (model is null)
        {
            var file = LinearModelFile.LoadEmbedded(typeof(CrisisScreen).Assembly, ModelResource);
            if (file is not null && file.EmbeddingModel == embedder.ModelName) model = file.Models.FirstOrDefault();
        }
        _model = model;
    }

    /// <summary>The n-gram buckets of new feature vectors (the training program chooses; a loaded model knows its own).</summary>
    internal int FeatureBuckets { get; init; } = CrisisFeatures.NgramBuckets;

    /// <summary>True when the semantic layer is on (an embedder and a scorer trained on its vectors).</summary>
    public bool HasSemanticLayer => _model is not null;

    public CrisisVerdict Screen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return CrisisVerdict.None;
        var readings = Read(text);
        return Decide(readings);
    }

    /// <summary>Every sentence's reading, for the quality benchmark's "try" and for tests.</summary>
    internal IReadOnlyList<SentenceReading> Read(string text)
    {
        var lower = TextNormalizer.ForMatching(text);
        var readings = new List<SentenceReading>();
        foreach (var sentence in SentenceSplitter.Split(lower))
            foreach (var piece in Pieces(sentence, lower))
                readings.Add(ReadSentence(piece));
        if (_model is not null && _embedder is not null && readings.Count > 0)
        {
            var features = Features(readings);
            for (var i = 0; i < readings.Count; i++) readings[i] = readings[i] with { Score = _model.Probability(features[i]) };
        }
        return readings;
    }

    /// <summary>The scorer's feature vector for every sentence (the training program builds its rows here).</summary>
    internal IReadOnlyList<float[]> Features(IReadOnlyList<SentenceReading> readings)
    {
        if (_embedder is null || readings.Count == 0) return [];
        var vectors = _embedder.Embed([.. readings.Select(r => r.Repaired)]);
        var buckets = _model is { Weights.Length: > 0 } m ? CrisisFeatures.BucketsOf(m.Weights.Length, _embedder.Dimensions) : FeatureBuckets;
        return [.. readings.Select((r, i) => CrisisFeatures.For(readings, i, vectors[i], Combination(r, i + 1 < readings.Count ? readings[i + 1] : null) is not null, buckets))];
    }

    internal CrisisVerdict Decide(IReadOnlyList<SentenceReading> readings)
    {
        // Every sentence that fires is a candidate; the verdict quotes the surest: a cue that says it
        // outright, then any other cue, then the scorer's highest (a neighbour of a crisis sentence
        // shares its words, so the first sentence to fire is not always the one that says it).
        CrisisVerdict? best = null;
        var bestRank = -1f;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            var next = i + 1 < readings.Count ? readings[i + 1] : null;
            var setAside = r.Vetoed || (next is { ResolvedOnly: true } && !r.Imminent);
            if (setAside) continue;
            var cue = r.Strong.Count > 0 ? r.Strong[0] : Combination(r, next);
            (CrisisVerdict Verdict, float Rank)? fired =
                r.Certain.Count > 0 ? (Verdict(r, r.Certain[0], "cue", 1f), 3f + r.Score)
                : _model is null ? (cue is null ? null : (Verdict(r, cue, "cue", 1f), 2f))
                // With the scorer: it has to be sure on its own, or agree with a cue at a lower bar.
                : cue is not null && r.Score >= _model.SupportedThreshold ? (Verdict(r, cue, "cue", r.Score), 2f + r.Score)
                : r.Score >= _model.Threshold ? (Verdict(r, "semantic", "semantic", r.Score), r.Score)
                : null;
            if (fired is { } f && f.Rank > bestRank) (best, bestRank) = (f.Verdict, f.Rank);
        }
        return best ?? CrisisVerdict.None;
    }

    internal string? Combination(SentenceReading r, SentenceReading? next)
    {
        var support = new HashSet<string>(r.Support);
        if (next is { Vetoed: false }) support.UnionWith(next.Support);
        foreach (var (all, any) in _cues.Combinations)
            if (all.All(support.Contains) && (any.Length == 0 || any.Any(support.Contains)))
                return string.Join("+", all.Concat(any.Where(support.Contains)));
        return null;
    }

    private CrisisVerdict Verdict(SentenceReading r, string kind, string layer, float score) =>
        new(true, WhoIsAtRisk(r.Sentence.Text), kind, layer, r.Sentence.Start, r.Sentence.Length, score);

    private SentenceReading ReadSentence(Segment sentence)
    {
        var text = _cues.Spelling.Repair(sentence.Text);
        var idioms = Spans(_cues.Idiom, text);
        var negations = Spans(_cues.Negation, text);
        var certain = Kinds(_cues.Certain, text, idioms, negations);
        var strong = Kinds(_cues.Strong, text, idioms, negations);
        var support = Kinds(_cues.Support, text, idioms, negations);

        var current = IsMatch(_cues.Current, text);
        var imminent = IsMatch(_cues.Imminent, text);
        var resolved = IsMatch(_cues.Resolved, text);
        var vetoes = new List<string>();
        if (IsMatch(_cues.Training, text)) vetoes.Add("training");
        // "I asked about suicide and she said no": the practitioner's screening came back negative.
        if (IsMatch(_cues.ScreenedNegative, text)) vetoes.Add("screened-negative");
        if (IsMatch(_cues.Hypothetical, text) && !imminent) vetoes.Add("hypothetical");
        if (IsMatch(_cues.Joke, text) && !imminent) vetoes.Add("joke");
        if (IsMatch(_cues.Bereavement, text) && !imminent) vetoes.Add("bereavement");
        if (IsMatch(_cues.Fiction, text) && !current) vetoes.Add("fiction");
        if (IsMatch(_cues.Past, text) && !current) vetoes.Add("past");
        if (resolved && !imminent) vetoes.Add("resolved");
        var idiomOnly = idioms.Count > 0 && strong.Count == 0 && support.Count == 0;
        var resolvedOnly = resolved && !imminent && strong.Count == 0;
        return new SentenceReading(sentence, text, certain, [.. certain, .. strong], support, vetoes, imminent, resolvedOnly, idiomOnly);
    }

    // The kinds whose patterns match outside an idiom and outside a negation's reach.
    private static List<string> Kinds(IReadOnlyList<(string Kind, Regex Regex)> groups, string text, List<(int Start, int End)> idioms, List<(int Start, int End)> negations)
    {
        var kinds = new List<string>();
        foreach (var (kind, regex) in groups)
        {
            foreach (var m in Matches(regex, text))
            {
                var (start, end) = (m.Index, m.Index + m.Length);
                if (idioms.Any(s => s.Start < end && start < s.End)) continue;
                if (negations.Any(n => n.Start <= start && start <= n.End + NegationReach)) continue;
                kinds.Add(kind);
                break;
            }
        }
        return kinds;
    }

    [GeneratedRegex(@"\b(?:she|he|they|her|him|them|his|their|client|clients|pt|cl|patient|student|son|daughter|kid|kids|child|children|baby|partner|wife|husband|mom|mum|dad|mother|father|brother|sister|teen|boy|girl|man|woman|someone|somebody|c-\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonRegex();

    private AtRisk WhoIsAtRisk(string sentence) =>
        IsMatch(_cues.FirstPerson, sentence) && !ThirdPersonRegex().IsMatch(sentence) ? AtRisk.Practitioner : AtRisk.Client;

    private static List<(int Start, int End)> Spans(Regex regex, string text) =>
        [.. Matches(regex, text).Select(m => (m.Index, m.Index + m.Length))];

    private static IEnumerable<Match> Matches(Regex regex, string text)
    {
        MatchCollection found;
        try
        {
            found = regex.Matches(text);
            _ = found.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological sentence: no match here, the semantic layer still reads it.
            return [];
        }
        return found;
    }

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static IEnumerable<Segment> Pieces(Segment sentence, string lower)
    {
        for (var start = sentence.Start; start < sentence.End; start += MaxSentenceChars)
        {
            var (s, l) = SentenceSplitter.Trim(lower, start, Math.Min(MaxSentenceChars, sentence.End - start));
            if (l > 0) yield return new Segment(s, l, lower.Substring(s, l));
        }
    }
}
