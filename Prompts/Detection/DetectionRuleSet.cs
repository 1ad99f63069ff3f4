using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The patterns per code and the lexicon they share, read from detection-rules.json and checked
/// there and then: every {GROUP} known, every pattern compiling. A broken file is refused with a
/// <see cref="KnowledgeBaseException"/> that names the file, the code and the pattern at fault.
/// Whether each code has a knowledge-base passage is checked by <see cref="KnowledgeBaseLoader"/>.
/// </summary>
internal sealed class DetectionRuleSet
{
    public const string FileName = "detection-rules.json";

    private static readonly JsonSerializerOptions Json = new(KnowledgeData.StrictJson) { Converters = { new DetectionPatternConverter() } };

    private DetectionRuleSet(Lexicon lexicon, IReadOnlyDictionary<string, DetectionPattern[]> concerns, IReadOnlyDictionary<string, DetectionPattern[]> strengths)
    {
        Lexicon = lexicon;
        Concerns = concerns;
        Strengths = strengths;
    }

    public Lexicon Lexicon { get; }

    /// <summary>Warning signs, violations and alliance concerns, in file order.</summary>
    public IReadOnlyDictionary<string, DetectionPattern[]> Concerns { get; }

    /// <summary>Things that went well, read with the same scope rules (a negated strength is not praised).</summary>
    public IReadOnlyDictionary<string, DetectionPattern[]> Strengths { get; }

    public IEnumerable<string> Codes => Concerns.Keys.Concat(Strengths.Keys);

    /// <param name="name">The file name, for messages.</param>
    public static DetectionRuleSet Parse(string name, string json)
    {
        DetectionRuleFile file;
        try
        {
            file = JsonSerializer.Deserialize<DetectionRuleFile>(json, Json) ?? throw new KnowledgeBaseException($"{name} is empty.");
        }
        catch (JsonException e)
        {
            throw new KnowledgeBaseException($"{name} cannot be read: {KnowledgeData.Describe(e)}");
        }

        Lexicon lexicon;
        try
        {
            lexicon = new Lexicon((file.Lexicon ?? []).Select((g, i) => (g.Name?.Trim() ?? $"#{i + 1}", (IReadOnlyList<string>)(g.Words ?? []))));
        }
        catch (FormatException e)
        {
            throw new KnowledgeBaseException($"{name}: {e.Message}.");
        }
        foreach (var group in lexicon.Names)
            CheckTemplate(name, $"lexicon group {{{group}}}", lexicon.Group(group), lexicon);

        var concerns = Rules(name, "concerns", file.Concerns, lexicon);
        var strengths = Rules(name, "strengths", file.Strengths, lexicon);
        foreach (var code in concerns.Keys.Intersect(strengths.Keys, StringComparer.OrdinalIgnoreCase))
            throw new KnowledgeBaseException($"{name}: code '{code}' is under both concerns and strengths.");
        return new DetectionRuleSet(lexicon, concerns, strengths);
    }

    private static Dictionary<string, DetectionPattern[]> Rules(string name, string section, List<DetectionRuleEntry>? entries, Lexicon lexicon)
    {
        if (entries is null || entries.Count == 0)
            throw new KnowledgeBaseException($"{name}: '{section}' is missing or empty.");
        var rules = new Dictionary<string, DetectionPattern[]>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var code = entries[i].Code?.Trim();
            if (string.IsNullOrEmpty(code))
                throw new KnowledgeBaseException($"{name}: entry {i + 1} of '{section}' has no code.");
            var patterns = entries[i].Patterns ?? [];
            if (patterns.Count == 0)
                throw new KnowledgeBaseException($"{name}: {code} has no patterns.");
            for (var p = 0; p < patterns.Count; p++)
                Check(name, $"{code} pattern {p + 1}", patterns[p], lexicon);
            if (rules.Keys.Any(k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase)))
                throw new KnowledgeBaseException($"{name}: code '{code}' appears twice in '{section}'.");
            rules[code] = [.. patterns];
        }
        return rules;
    }

    // Compiled as CompiledRule compiles it, so a pattern that passes here cannot fail in the engine.
    private static void Check(string name, string where, DetectionPattern pattern, Lexicon lexicon)
    {
        CheckTemplate(name, where, pattern.Template, lexicon);
        if (pattern.SentenceMustContain is { } sentence)
            CheckTemplate(name, $"{where} (sentenceMustContain)", sentence, lexicon);
    }

    private static void CheckTemplate(string name, string where, string template, Lexicon lexicon)
    {
        if (string.IsNullOrWhiteSpace(template))
            throw new KnowledgeBaseException($"{name}: {where} is empty.");
        if (PatternTemplate.ProblemWithPlaceholders(template, lexicon) is { } problem)
            throw new KnowledgeBaseException($"{name}: {where}: {problem}. The pattern: {template}");
        if (PatternTemplate.UpperCaseIn(template) is { } upper)
            throw new KnowledgeBaseException($"{name}: {where}: text is lower-cased before it is read, so write '{upper}' in lower case. The pattern: {template}");
        try
        {
            _ = new Regex(CompiledRule.Source(PatternTemplate.Expand(template, lexicon)), CompiledRule.Options);
        }
        catch (ArgumentException e)
        {
            throw new KnowledgeBaseException($"{name}: {where} is not a valid pattern ({e.Message}). The pattern: {template}");
        }
    }
}
