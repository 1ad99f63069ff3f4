using System.Collections.Concurrent;
using System.Text;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Recent analyses by the content of their input. A debrief asks for the same analysis more than
/// once (the boundary message and the reflection questions in one turn, the feedback and the save a
/// turn or two apart), and the engine's analysis is a pure function of the input, so a repeat is
/// served from here. Bounded: when full it starts again empty, which costs only a recomputation.
/// Kept out of the engine itself so that the engine's own benchmarks still time real work.
/// </summary>
internal sealed class AnalysisMemo(int capacity = 512)
{
    private readonly ConcurrentDictionary<string, DebriefAnalysis> _recent = new(StringComparer.Ordinal);

    public DebriefAnalysis GetOrAdd(DebriefInput input, Func<DebriefInput, DebriefAnalysis> analyze)
    {
        var key = Key(input);
        if (_recent.TryGetValue(key, out var known))
        {
            return known;
        }
        var analysis = analyze(input);
        if (_recent.Count >= capacity)
        {
            _recent.Clear();
        }
        return _recent.GetOrAdd(key, analysis);
    }

    /// <summary>Every field of the input, each text length-prefixed so no two different inputs share a key.</summary>
    internal static string Key(DebriefInput input)
    {
        var key = new StringBuilder(input.Narrative.Length + (input.NextSteps?.Length ?? 0) + 64);
        Text(key, input.Narrative);
        key.Append((int)input.Kind).Append('|');
        Ratings(key, input.Ratings);
        Ratings(key, input.PreviousRatings);
        List(key, input.StandardItemsDone);
        List(key, input.SelfReportedSigns);
        List(key, input.Reflections);
        Text(key, input.NextSteps);
        return key.ToString();
    }

    private static void Text(StringBuilder key, string? text)
    {
        if (text is null)
        {
            key.Append("-|");
            return;
        }
        key.Append(text.Length).Append(':').Append(text);
    }

    private static void Ratings(StringBuilder key, AllianceRatings? ratings)
    {
        if (ratings is null)
        {
            key.Append("-|");
            return;
        }
        key.Append(ratings.Goals?.ToString() ?? "-").Append(',')
            .Append(ratings.Tasks?.ToString() ?? "-").Append(',')
            .Append(ratings.Bond?.ToString() ?? "-").Append('|');
    }

    private static void List(StringBuilder key, IReadOnlyList<string> items)
    {
        key.Append(items.Count).Append('[');
        foreach (var item in items)
        {
            Text(key, item);
        }
    }
}
