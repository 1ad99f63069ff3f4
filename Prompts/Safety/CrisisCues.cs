using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Safety;

/// <summary>
/// The cue lists and context rules of Safety/Data/crisis-cues.json, compiled once. Broken data
/// stops the engine at start (a screen that silently lost a pattern would miss a crisis).
/// </summary>
internal sealed class CrisisCues
{
    public const string ResourceName = "AllianceBot.Prompts.Safety.Data.crisis-cues.json";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private CrisisCues(CrisisCueFile file)
    {
        Spelling = new SpellingRepair(file.Spelling.Words, file.Spelling.Keep);
        Certain = [.. file.Cues.Where(c => c.Strength == "certain").Select(Compile)];
        Strong = [.. file.Cues.Where(c => c.Strength == "strong").Select(Compile)];
        Support = [.. file.Cues.Where(c => c.Strength == "support").Select(Compile)];
        Combinations = [.. file.Combinations.Select(c => (c.All.ToArray(), c.Any.ToArray()))];
        var known = Support.Select(s => s.Kind).ToHashSet();
        foreach (var kind in Combinations.SelectMany(c => c.All.Concat(c.Any)))
            if (!known.Contains(kind))
                throw new KnowledgeBaseException($"crisis-cues.json: combination names '{kind}', which is no support cue.");
        Past = Context(file, "past");
        Current = Context(file, "current");
        Imminent = Context(file, "imminent");
        Resolved = Context(file, "resolved");
        Hypothetical = Context(file, "hypothetical");
        Training = Context(file, "training");
        Joke = Context(file, "joke");
        Bereavement = Context(file, "bereavement");
        ScreenedNegative = Context(file, "screened_negative");
        Fiction = Context(file, "fiction");
        Idiom = Context(file, "idiom");
        Negation = Context(file, "negation");
        OtherPersonSpeech = Context(file, "other_person_speech");
        FirstPerson = Context(file, "first_person");
    }

    public SpellingRepair Spelling { get; }

    /// <summary>Cues that say it outright ("she said she's going to kill herself"): they decide alone, whatever the scorer says.</summary>
    public IReadOnlyList<(string Kind, Regex Regex)> Certain { get; }

    public IReadOnlyList<(string Kind, Regex Regex)> Strong { get; }

    public IReadOnlyList<(string Kind, Regex Regex)> Support { get; }

    public IReadOnlyList<(string[] All, string[] Any)> Combinations { get; }

    public Regex Past { get; }
    public Regex Current { get; }
    public Regex Imminent { get; }
    public Regex Resolved { get; }
    public Regex Hypothetical { get; }
    public Regex Training { get; }
    public Regex Joke { get; }
    public Regex Bereavement { get; }
    public Regex ScreenedNegative { get; }
    public Regex Fiction { get; }
    public Regex Idiom { get; }
    public Regex Negation { get; }
    public Regex OtherPersonSpeech { get; }
    public Regex FirstPerson { get; }

    public static CrisisCues LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new KnowledgeBaseException("crisis-cues.json is not embedded.");
        return Parse(JsonSerializer.Deserialize<CrisisCueFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new KnowledgeBaseException("crisis-cues.json is empty."));
    }

    internal static CrisisCues Parse(CrisisCueFile file)
    {
        try
        {
            return new CrisisCues(file);
        }
        catch (ArgumentException e)
        {
            throw new KnowledgeBaseException($"crisis-cues.json has a pattern that does not compile: {e.Message}");
        }
    }

    private static (string, Regex) Compile(CrisisCueFile.CueGroup group) =>
        (group.Kind, new Regex(string.Join("|", group.Patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant, MatchTimeout));

    private static Regex Context(CrisisCueFile file, string name) =>
        file.Context.TryGetValue(name, out var pattern)
            ? new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout)
            : throw new KnowledgeBaseException($"crisis-cues.json: context rule '{name}' is missing.");
}
