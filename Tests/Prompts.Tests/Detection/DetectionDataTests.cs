using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// The patterns, lexicon and scope cues are data: the files in the source tree are what the engine
/// runs, and an edit to them changes what is detected.
/// </summary>
public sealed class DetectionDataTests
{
    [Fact]
    public void Rules_FileInSourceTree_AreTheRulesTheEngineRuns()
    {
        var onDisk = DetectionRuleSet.Parse(DetectionDataFiles.Rules, DetectionDataFiles.Read(DetectionDataFiles.Rules));

        AssertSameRules(onDisk.Concerns, DetectionRules.Concerns);
        AssertSameRules(onDisk.Strengths, DetectionRules.Strengths);
        Assert.Equal(onDisk.Lexicon.Names, Lexicon.Embedded.Names);
        Assert.All(onDisk.Lexicon.Names, name => Assert.Equal(onDisk.Lexicon.Group(name), Lexicon.Embedded.Group(name)));
        // The compiled regexes the detector builds come from these very templates and groups.
        Assert.Equal(
            new CompiledRuleSet(onDisk.Concerns, onDisk.Lexicon).Rules.SelectMany(r => r.PatternSources),
            new CompiledRuleSet(DetectionRules.Concerns).Rules.SelectMany(r => r.PatternSources));
    }

    [Fact]
    public void Rules_Embedded_CoverEverySignViolationAndTextConcern()
    {
        var kb = EngineFixture.Engine.Knowledge;
        var textCodes = kb.Passages.Select(p => p.Code).Where(c => kb.SeverityOf(c) is not null && c is not ("AC-DROP" or "CRISIS"));
        Assert.Equal(textCodes.Order(StringComparer.Ordinal), DetectionRules.Concerns.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(DetectionRules.Concerns["BV-GIFT"], p => p.Offer);
        Assert.Contains(DetectionRules.Concerns["AC-BOND"], p => p.CarriesNegation && p.Actor == Actor.Anyone);
        Assert.Contains(DetectionRules.Concerns["BS-PROLONG"], p => p.SentenceMustContain == "{END_DUE}");
    }

    [Fact]
    public void ScopeCues_FileInSourceTree_AreTheCuesTheEngineRuns()
    {
        var onDisk = ScopeCues.Parse(DetectionDataFiles.Scope, DetectionDataFiles.Read(DetectionDataFiles.Scope));
        var engine = ScopeCues.Embedded;

        foreach (var property in typeof(ScopeCues).GetProperties().Where(p => !p.GetMethod!.IsStatic))
        {
            var (fromDisk, used) = (property.GetValue(onDisk), property.GetValue(engine));
            switch (fromDisk)
            {
                case Regex regex: Assert.Equal(regex.ToString(), used!.ToString()); break;
                case IReadOnlySet<string> words: Assert.True(words.SetEquals((IReadOnlySet<string>)used!), property.Name); break;
                default: Assert.Equal(fromDisk, used); break;
            }
        }
        Assert.Matches(engine.Negation, "i haven't");
        Assert.Equal(10, engine.NegationWindowWords);
    }

    [Fact]
    public void Rules_PatternWithEveryFlag_ReadAsWritten()
    {
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Rules, rules => DetectionDataFiles.Patterns(rules, "BV-GIFT").Add(new JsonObject
        {
            ["_about"] = "a test pattern",
            ["actor"] = "Anyone",
            ["carriesNegation"] = true,
            ["offer"] = true,
            ["pattern"] = "a (?:{VALUE_ITEM}) for nothing",
            ["sentenceMustContain"] = "{OBJ}",
        }));

        var read = DetectionRuleSet.Parse(DetectionDataFiles.Rules, json).Concerns["BV-GIFT"][^1];

        Assert.Equal(new DetectionPattern("a (?:{VALUE_ITEM}) for nothing", Actor.Anyone, CarriesNegation: true, Offer: true, SentenceMustContain: "{OBJ}"), read);
        Assert.Equal(new DetectionPattern(DetectionRules.Concerns["BV-GIFT"][0].Template), DetectionRules.Concerns["BV-GIFT"][0]);
    }

    [Fact]
    public void Rules_PatternAddedToFile_IsDetected()
    {
        const string text = "I keep the best slots for clients with fancy cars.";
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Rules, rules =>
            DetectionDataFiles.Patterns(rules, "BS-SELECT").Add("(?:keep|kept) the best (?:slots|times) for clients with (?:fancy|nice|expensive) cars"));

        Assert.DoesNotContain(Detect(DetectionRuleSet.Parse(DetectionDataFiles.Rules, DetectionDataFiles.Read(DetectionDataFiles.Rules)), text), h => h.Code == "BS-SELECT");
        var hit = Assert.Single(Detect(DetectionRuleSet.Parse(DetectionDataFiles.Rules, json), text), h => h.Code == "BS-SELECT");
        Assert.Equal(ScopeVerdict.Affirmed, hit.Verdict);
        Assert.Equal("keep the best slots for clients with fancy cars", text.ToLowerInvariant().Substring(hit.MatchStart, hit.MatchLength));
    }

    [Fact]
    public void Rules_WordAddedToLexiconGroup_ReachesEveryPatternUsingIt()
    {
        const string text = "I have a crush on the lad.";
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Rules, rules => DetectionDataFiles.Words(rules, "OBJ").Add("the lad"));

        Assert.DoesNotContain(Detect(DetectionRules.Embedded, text), h => h.Code == "BS-THOUGHTS");
        var hit = Assert.Single(Detect(DetectionRuleSet.Parse(DetectionDataFiles.Rules, json), text), h => h.Code == "BS-THOUGHTS");
        Assert.Equal("crush on the lad", text.ToLowerInvariant().Substring(hit.MatchStart, hit.MatchLength));
    }

    [Fact]
    public void ScopeCues_NegationPhraseAdded_SetsTheMatchAside()
    {
        const string text = "I barely gave her my personal number.";
        var edited = ScopeCues.Parse(DetectionDataFiles.Scope, DetectionDataFiles.Edited(DetectionDataFiles.Scope, cues =>
            cues["cues"]!["negation"]!["phrases"]!.AsArray().Add("barely")));

        Assert.Equal(ScopeVerdict.Affirmed, Verdict(text, "BS-CONTACT", ScopeCues.Embedded));
        Assert.Equal(ScopeVerdict.Negated, Verdict(text, "BS-CONTACT", edited));
    }

    [Fact]
    public void ScopeCues_DeclineWindowWidened_ReachesTheThirdClause()
    {
        const string text = "She offered me a $500 gift card, we talked, it was late, and I declined.";
        var edited = ScopeCues.Parse(DetectionDataFiles.Scope, DetectionDataFiles.Edited(DetectionDataFiles.Scope, cues =>
            cues["windows"]!["declineClauses"] = 5));

        Assert.Equal(ScopeVerdict.Affirmed, Verdict(text, "BV-GIFT", ScopeCues.Embedded));
        Assert.Equal(ScopeVerdict.Declined, Verdict(text, "BV-GIFT", edited));
    }

    private static void AssertSameRules(IReadOnlyDictionary<string, DetectionPattern[]> expected, IReadOnlyDictionary<string, DetectionPattern[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (code, patterns) in expected)
            Assert.Equal(patterns, actual[code]);
    }

    private static List<DetectionHit> Detect(DetectionRuleSet rules, string text) =>
        new PatternDetector(new CompiledRuleSet(rules.Concerns, rules.Lexicon)).Detect(text);

    // The verdict on the first match of the code's patterns, judged with the given cues.
    private static ScopeVerdict Verdict(string text, string code, ScopeCues cues)
    {
        var lower = TextNormalizer.ForMatching(text);
        var clauses = ClauseSplitter.Split(Assert.Single(SentenceSplitter.Split(lower)), lower);
        var rule = new CompiledRuleSet(DetectionRules.Concerns).Rules.Single(r => r.Code == code);
        for (var c = 0; c < clauses.Count; c++)
        {
            var m = rule.Regex.Match(clauses[c].Text);
            if (m.Success) return ScopeAnalyzer.Judge(new ClauseContext(clauses, c, []), m.Index, m.Length, rule.PatternOf(m), cues);
        }
        throw new InvalidOperationException($"No {code} pattern matches \"{text}\".");
    }
}
