namespace AllianceBot.Prompts.Safety;

/// <summary>The shape of Safety/Data/crisis-cues.json (see its "_about" for what each part is for).</summary>
internal sealed class CrisisCueFile
{
    public SpellingSection Spelling { get; set; } = new();

    public List<CueGroup> Cues { get; set; } = [];

    public List<CueCombination> Combinations { get; set; } = [];

    public Dictionary<string, string> Context { get; set; } = [];

    internal sealed class SpellingSection
    {
        public List<string> Words { get; set; } = [];

        public List<string> Keep { get; set; } = [];
    }

    internal sealed class CueGroup
    {
        public string Kind { get; set; } = "";

        /// <summary>"certain" fires alone whatever the scorer says; "strong" fires with the scorer's agreement; "support" only in a combination.</summary>
        public string Strength { get; set; } = "";

        public List<string> Patterns { get; set; } = [];
    }

    internal sealed class CueCombination
    {
        public List<string> All { get; set; } = [];

        public List<string> Any { get; set; } = [];
    }
}
