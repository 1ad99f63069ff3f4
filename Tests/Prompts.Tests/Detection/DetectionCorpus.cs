using System.Text.RegularExpressions;
using AllianceBot.Prompts.Detection;
using AllianceBot.Quality;
using AllianceBot.TestKit;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// Every piece of debrief-like text the repository holds, by source: the labelled eval sets, the
/// question set, the knowledge base, the sentences written into the tests themselves, and run-on
/// mixtures of them that give longer clauses and sentences than any single snippet.
/// </summary>
internal static partial class DetectionCorpus
{
    private const int SamplesPerPattern = 8;

    public const string Eval = "eval";
    public const string Holdout = "holdout";
    public const string Questions = "questions";
    public const string Knowledge = "knowledge";
    public const string TestSources = "test sources";
    public const string RunOn = "run-on mixtures";
    public const string PatternSamples = "pattern samples";

    public static IReadOnlyList<string> Sources { get; } = [Eval, Holdout, Questions, Knowledge, TestSources, RunOn, PatternSamples];

    // Words around a sample that the scope analysis reacts to: negation, condition, someone else, past and fixed, declined.
    private static readonly string[] LeadIns = ["", "Today I", "I didn't", "If she asks, I would", "She said", "Last session", "We", "Honestly"];
    private static readonly string[] Tails = [".", " but I declined.", ", and it is fine now.", " and then she left", "?", " because of the time;"];

    // A C# string literal (regular or verbatim) of at least three words: the sentences the tests feed the engine.
    [GeneratedRegex(@"@?""((?:[^""\\\n]|\\.|"""")*\s(?:[^""\\\n]|\\.|"""")*\s(?:[^""\\\n]|\\.|"""")*)""")]
    private static partial Regex SentenceLiteralRegex();

    [GeneratedRegex(@"[.!?;:\n]+")]
    private static partial Regex PunctuationRegex();

    public static IReadOnlyList<string> Texts(string source) => source switch
    {
        Eval => [.. EvalSets.Debriefs(EvalSets.LocateDirectory()).Select(c => c.Text)],
        Holdout => [.. EvalSets.Holdout(EvalSets.LocateDirectory()).Select(c => c.Text)],
        Questions => [.. EvalSets.Questions(EvalSets.LocateDirectory()).SelectMany(q => new[] { q.Q, q.Previous ?? "" })],
        Knowledge => KnowledgeTexts(),
        TestSources => TestSourceTexts(),
        RunOn => RunOnTexts(),
        PatternSamples => PatternSampleTexts(),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    private static List<string> KnowledgeTexts()
    {
        var kb = EngineFixture.Engine.Knowledge;
        return
        [
            .. kb.Passages.SelectMany(p => p.Keywords.Prepend(p.Text).Prepend(p.Title)),
            .. kb.WarningSigns.SelectMany(s => new[] { s.Title, s.Question }),
            .. kb.StandardItems.SelectMany(s => new[] { s.Title, s.Question }),
        ];
    }

    private static List<string> TestSourceTexts()
    {
        var tests = Path.Combine(RepositoryRoot.Path, "Tests");
        return
        [
            .. Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Order(StringComparer.Ordinal)
                .SelectMany(f => SentenceLiteralRegex().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value.Replace("\"\"", "\"")))),
        ];
    }

    // Snippets glued together with and without their punctuation: long clauses where several patterns
    // of one rule can match at once, and sentences past the detector's 600-character chunking.
    private static List<string> RunOnTexts()
    {
        var snippets = Texts(Eval).Concat(Texts(Holdout)).ToList();
        var texts = new List<string> { string.Join(" ", snippets), PunctuationRegex().Replace(string.Join(" ", snippets), " ") };
        for (var i = 0; i + 1 < snippets.Count; i++)
        {
            texts.Add(PunctuationRegex().Replace(snippets[i], " ") + " and " + snippets[i + 1]);
            texts.Add(PunctuationRegex().Replace(snippets[i] + " " + snippets[i + 1] + " " + snippets[(i + 7) % snippets.Count], ", "));
        }
        return texts;
    }

    // Random strings each pattern matches, in varied surroundings, alone and two patterns of one rule
    // in the same clause: every pattern is exercised, whether or not a sentence above uses it. Seeded,
    // so a failure can be reproduced.
    private static List<string> PatternSampleTexts()
    {
        var random = new Random(20261122);
        var sampler = new PatternSampler(random);
        var texts = new List<string>();
        foreach (var rules in new[] { DetectionRules.Concerns, DetectionRules.Strengths })
        {
            foreach (var rule in new CompiledRuleSet(rules).Rules)
            {
                for (var p = 0; p < rule.PatternSources.Count; p++)
                {
                    for (var i = 0; i < SamplesPerPattern; i++)
                    {
                        var lead = LeadIns[random.Next(LeadIns.Length)];
                        var tail = Tails[random.Next(Tails.Length)];
                        texts.Add($"{lead} {sampler.Sample(rule.PatternSources[p])}{tail}".TrimStart());
                        var other = random.Next(rule.PatternSources.Count);
                        texts.Add($"{lead} {sampler.Sample(rule.PatternSources[p])} {sampler.Sample(rule.PatternSources[other])}{tail}".TrimStart());
                    }
                }
            }
        }
        return texts;
    }
}
