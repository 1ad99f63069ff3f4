using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Prompts.Detection;

/// <summary>The JSON shape of Knowledge/Data/scope-cues.json (its "_about" fields say what each part does).</summary>
internal sealed class ScopeCueFile
{
    [JsonPropertyName("_about")]
    public JsonElement? About { get; set; }

    public CueSection? Cues { get; set; }

    public ClauseStartSection? ClauseStarts { get; set; }

    public SubjectSection? Subjects { get; set; }

    public WindowSection? Windows { get; set; }

    internal sealed class CueSection
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public PhraseList? FalseNegation { get; set; }
        public PhraseList? Negation { get; set; }
        public PhraseList? Hypothetical { get; set; }
        public PhraseList? Counterfactual { get; set; }
        public PhraseList? RegretDone { get; set; }
        public PhraseList? Decline { get; set; }
        public PhraseList? ExplicitDecline { get; set; }
        public PhraseList? Past { get; set; }
        public PhraseList? UsedTo { get; set; }
        public PhraseList? Resolved { get; set; }
    }

    internal sealed class ClauseStartSection
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public PhraseList? Conditional { get; set; }
        public PhraseList? Continuation { get; set; }
    }

    internal sealed class SubjectSection
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public WordList? Self { get; set; }
        public WordList? Other { get; set; }
        public WordList? Ambiguous { get; set; }
        public WordList? VerbsAfterSubject { get; set; }
        public WordList? PermissionVerbs { get; set; }
        public WordList? PermissionModals { get; set; }
    }

    internal sealed class WindowSection
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public int? NegationWords { get; set; }
        public int? DeclineClauses { get; set; }
        public int? DeclineFirstWords { get; set; }
        public int? ShortDeclineWords { get; set; }
        public int? ResolvedClauses { get; set; }
    }

    internal sealed class PhraseList
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public List<string>? Phrases { get; set; }

        /// <summary>Word endings that count on their own ("n't": any word ending so).</summary>
        public List<string>? WordEndings { get; set; }
    }

    internal sealed class WordList
    {
        [JsonPropertyName("_about")]
        public JsonElement? About { get; set; }

        public List<string>? Words { get; set; }
    }
}
