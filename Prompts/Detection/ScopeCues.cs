using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The cue lists and context rules of Knowledge/Data/scope-cues.json, compiled once. A list that is
/// missing, a phrase that does not compile or a window that is not a positive number stops the
/// engine with a <see cref="KnowledgeBaseException"/> naming the file and the entry.
/// </summary>
internal sealed partial class ScopeCues
{
    public const string FileName = "scope-cues.json";

    // A guard only: a timeout surfaces as RegexMatchTimeoutException, which the detector treats as "skip this clause".
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    // A broken file throws KnowledgeBaseException from every access, not a TypeInitializationException.
    private static readonly Lazy<ScopeCues> Loaded = new(() => Parse(FileName, KnowledgeData.Read(FileName)));

    private ScopeCues(Reader read, ScopeCueFile file)
    {
        var cues = file.Cues ?? throw read.Missing("cues");
        FalseNegation = read.Anywhere("cues.falseNegation", cues.FalseNegation);
        Negation = read.Anywhere("cues.negation", cues.Negation);
        Hypothetical = read.Anywhere("cues.hypothetical", cues.Hypothetical);
        Counterfactual = read.Anywhere("cues.counterfactual", cues.Counterfactual);
        RegretDone = read.Anywhere("cues.regretDone", cues.RegretDone);
        Decline = read.Anywhere("cues.decline", cues.Decline);
        ExplicitDecline = read.Anywhere("cues.explicitDecline", cues.ExplicitDecline);
        Past = read.Anywhere("cues.past", cues.Past);
        UsedTo = read.Anywhere("cues.usedTo", cues.UsedTo);
        Resolved = read.Anywhere("cues.resolved", cues.Resolved);

        var starts = file.ClauseStarts ?? throw read.Missing("clauseStarts");
        ConditionalStart = read.AtClauseStart("clauseStarts.conditional", starts.Conditional);
        ContinuationStart = read.AtClauseStart("clauseStarts.continuation", starts.Continuation);

        var subjects = file.Subjects ?? throw read.Missing("subjects");
        SelfSubjects = read.Words("subjects.self", subjects.Self);
        OtherSubjects = read.Words("subjects.other", subjects.Other);
        AmbiguousSubjects = read.Words("subjects.ambiguous", subjects.Ambiguous);
        VerbsAfterSubject = read.Words("subjects.verbsAfterSubject", subjects.VerbsAfterSubject);
        PermissionVerbs = read.Words("subjects.permissionVerbs", subjects.PermissionVerbs);
        PermissionModals = read.Words("subjects.permissionModals", subjects.PermissionModals);

        var windows = file.Windows ?? throw read.Missing("windows");
        NegationWindowWords = read.Count("windows.negationWords", windows.NegationWords);
        DeclineClauses = read.Count("windows.declineClauses", windows.DeclineClauses);
        DeclineFirstWords = read.Count("windows.declineFirstWords", windows.DeclineFirstWords);
        ShortDeclineWords = read.Count("windows.shortDeclineWords", windows.ShortDeclineWords);
        ResolvedClauses = read.Count("windows.resolvedClauses", windows.ResolvedClauses);
    }

    /// <summary>The cues of the embedded scope-cues.json, which the engine runs.</summary>
    public static ScopeCues Embedded => Loaded.Value;

    /// <summary>Phrases that contain a negation word without negating the event after them ("not only", "couldn't help").</summary>
    public Regex FalseNegation { get; }
    public Regex Negation { get; }
    /// <summary>Conditional, modal and "only considered" cues.</summary>
    public Regex Hypothetical { get; }
    public Regex Counterfactual { get; }
    /// <summary>Counterfactuals that say the act happened and is regretted.</summary>
    public Regex RegretDone { get; }
    /// <summary>Looked for in the first few words of a following clause ("but I didn't").</summary>
    public Regex Decline { get; }
    public Regex ExplicitDecline { get; }
    public Regex Past { get; }
    public Regex UsedTo { get; }
    public Regex Resolved { get; }
    public Regex ConditionalStart { get; }
    public Regex ContinuationStart { get; }

    public IReadOnlySet<string> SelfSubjects { get; }
    public IReadOnlySet<string> OtherSubjects { get; }
    /// <summary>People who are the subject only when one of <see cref="VerbsAfterSubject"/> follows.</summary>
    public IReadOnlySet<string> AmbiguousSubjects { get; }
    public IReadOnlySet<string> VerbsAfterSubject { get; }
    public IReadOnlySet<string> PermissionVerbs { get; }
    public IReadOnlySet<string> PermissionModals { get; }

    public int NegationWindowWords { get; }
    public int DeclineClauses { get; }
    public int DeclineFirstWords { get; }
    public int ShortDeclineWords { get; }
    public int ResolvedClauses { get; }

    /// <param name="name">The file name, for messages.</param>
    public static ScopeCues Parse(string name, string json)
    {
        ScopeCueFile file;
        try
        {
            file = JsonSerializer.Deserialize<ScopeCueFile>(json, KnowledgeData.StrictJson) ?? throw new KnowledgeBaseException($"{name} is empty.");
        }
        catch (JsonException e)
        {
            throw new KnowledgeBaseException($"{name} cannot be read: {KnowledgeData.Describe(e)}");
        }
        return new ScopeCues(new Reader(name), file);
    }

    // Turns lists into regexes and sets, naming the file and the list in every complaint.
    private sealed partial class Reader(string file)
    {
        [GeneratedRegex(@"^[\p{Ll}\p{N}']+$")]
        private static partial Regex OneLowerCaseWordRegex();

        public KnowledgeBaseException Missing(string entry) => new($"{file}: '{entry}' is missing.");

        // Whole words anywhere: \b(?:a|b)\b, and for each ending a word that ends so.
        public Regex Anywhere(string entry, ScopeCueFile.PhraseList? list)
        {
            var phrases = Phrases(entry, list);
            var endings = list!.WordEndings ?? [];
            foreach (var ending in endings)
                CheckPhrase(entry, ending, $@"\w+{ending}\b");
            var words = $@"\b(?:{string.Join("|", phrases)})\b";
            return Compile(entry, endings.Count == 0 ? words : $"(?:{words}|{string.Join("|", endings.Select(e => $@"\w+{e}\b"))})");
        }

        // At the very start of a clause: ^(?:a|b)\b.
        public Regex AtClauseStart(string entry, ScopeCueFile.PhraseList? list) =>
            Compile(entry, $@"^(?:{string.Join("|", Phrases(entry, list))})\b");

        public IReadOnlySet<string> Words(string entry, ScopeCueFile.WordList? list)
        {
            var words = list?.Words;
            if (words is null || words.Count == 0)
                throw new KnowledgeBaseException($"{file}: '{entry}' is missing or empty.");
            foreach (var word in words)
                if (word is null || !OneLowerCaseWordRegex().IsMatch(word))
                    throw new KnowledgeBaseException($"{file}: '{entry}' has \"{word}\": each entry is one lower-case word (letters, digits, apostrophes).");
            return new HashSet<string>(words, StringComparer.Ordinal);
        }

        public int Count(string entry, int? value) =>
            value is >= 1 ? value.Value : throw new KnowledgeBaseException($"{file}: '{entry}' must be a whole number of at least 1 (it is {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}).");

        private List<string> Phrases(string entry, ScopeCueFile.PhraseList? list)
        {
            var phrases = list?.Phrases;
            if (phrases is null || phrases.Count == 0)
                throw new KnowledgeBaseException($"{file}: '{entry}' is missing or has no phrases.");
            foreach (var phrase in phrases)
                CheckPhrase(entry, phrase, $@"\b(?:{phrase})\b");
            return phrases;
        }

        private void CheckPhrase(string entry, string? phrase, string regex)
        {
            if (string.IsNullOrWhiteSpace(phrase))
                throw new KnowledgeBaseException($"{file}: '{entry}' has an empty phrase.");
            if (PatternTemplate.UpperCaseIn(phrase) is { } upper)
                throw new KnowledgeBaseException($"{file}: '{entry}' has \"{phrase}\": text is lower-cased before it is read, so write '{upper}' in lower case.");
            try
            {
                _ = new Regex(regex, RegexOptions.None);
            }
            catch (ArgumentException e)
            {
                throw new KnowledgeBaseException($"{file}: '{entry}' has \"{phrase}\", which is not a valid pattern ({e.Message}).");
            }
        }

        private Regex Compile(string entry, string pattern)
        {
            try
            {
                return new Regex(pattern, RegexOptions.None, MatchTimeout);
            }
            catch (ArgumentException e)
            {
                throw new KnowledgeBaseException($"{file}: '{entry}' does not compile as a whole ({e.Message}).");
            }
        }
    }
}
