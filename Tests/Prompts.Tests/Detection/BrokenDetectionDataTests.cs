using System.Text.Json.Nodes;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// A slip in the detection data stops the engine at start (the knowledge-base load), with a message
/// that names the file and the entry, so whoever edited it can find and fix it.
/// </summary>
public sealed class BrokenDetectionDataTests
{
    [Theory]
    [InlineData("unbalanced", "BS-TIME pattern 3 is not a valid pattern")]
    [InlineData("unknown group", "BS-CONTACT pattern 1: {CLIENTS} names no lexicon group")]
    [InlineData("unknown group in sentence", "BS-PROLONG pattern 1 (sentenceMustContain): {GOALS_MET} names no lexicon group")]
    [InlineData("lower-case group", "BS-DRESS pattern 1: {obj} is not a placeholder")]
    [InlineData("gap without number", "AC-RUSHED pattern 2: {G} needs the most words it may skip")]
    [InlineData("capital letter", "BS-CONTACT pattern 2: text is lower-cased before it is read, so write 'I' in lower case")]
    [InlineData("unknown code", "code 'BS-HUGS' has no knowledge-base passage")]
    [InlineData("code twice", "code 'BV-GIFT' appears twice")]
    [InlineData("no patterns", "BV-DUAL has no patterns")]
    [InlineData("misspelt flag", "unknown field \"sentenceMustContian\"")]
    [InlineData("unknown actor", "\"actor\" is \"practitioner\" or \"anyone\", not \"client\"")]
    [InlineData("lexicon loop", "lexicon group {OBJ} leads back to itself ({OBJ} -> {FOR_CLIENT} -> {OBJ})")]
    [InlineData("lexicon group twice", "lexicon group {NEG} is defined twice")]
    [InlineData("broken lexicon word", "lexicon group {STATUS} is not a valid pattern")]
    public void Load_BrokenRulesFile_RefusedNamingFileAndEntry(string slip, string expected)
    {
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Rules, rules => BreakRules(rules, slip));

        var ex = Assert.Throws<KnowledgeBaseException>(() => DetectionDataFiles.LoadWith(DetectionDataFiles.Rules, json));

        Assert.StartsWith("detection-rules.json", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Theory]
    [InlineData("missing list", "'cues.negation' is missing")]
    [InlineData("broken phrase", "'cues.hypothetical' has \"(?:never\", which is not a valid pattern")]
    [InlineData("zero window", "'windows.negationWords' must be a whole number of at least 1 (it is 0)")]
    [InlineData("two-word subject", "'subjects.other' has \"the nurse\": each entry is one lower-case word")]
    [InlineData("capital phrase", "'cues.past' has \"Last Year\": text is lower-cased")]
    [InlineData("misspelt list", "\"negaton\" is not a field the engine knows")]
    public void Load_BrokenScopeCues_RefusedNamingFileAndEntry(string slip, string expected)
    {
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Scope, cues => BreakScope(cues, slip));

        var ex = Assert.Throws<KnowledgeBaseException>(() => DetectionDataFiles.LoadWith(DetectionDataFiles.Scope, json));

        Assert.StartsWith("scope-cues.json", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Load_TruncatedRulesFile_RefusedWithTheLine()
    {
        var text = DetectionDataFiles.Read(DetectionDataFiles.Rules);
        var cut = text[..text.IndexOf("\"BS-TIME\"", StringComparison.Ordinal)];
        var line = cut.Count(c => c == '\n') + 1;

        var ex = Assert.Throws<KnowledgeBaseException>(() => DetectionDataFiles.LoadWith(DetectionDataFiles.Rules, cut));

        Assert.StartsWith("detection-rules.json cannot be read", ex.Message);
        Assert.Contains($"(line {line}", ex.Message);
    }

    [Fact]
    public void Load_MisspeltFlag_MessageSaysWhichLine()
    {
        var json = DetectionDataFiles.Edited(DetectionDataFiles.Rules, rules => BreakRules(rules, "misspelt flag"));
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains("sentenceMustContian", StringComparison.Ordinal)) + 1;

        var ex = Assert.Throws<KnowledgeBaseException>(() => DetectionDataFiles.LoadWith(DetectionDataFiles.Rules, json));

        Assert.Contains($"(line {line}", ex.Message);
    }

    [Fact]
    public void Load_UnchangedFiles_Accepted()
    {
        var kb = DetectionDataFiles.LoadWith(DetectionDataFiles.Rules, DetectionDataFiles.Read(DetectionDataFiles.Rules));
        Assert.True(kb.Contains("BS-CONTACT"));
        Assert.True(DetectionDataFiles.LoadWith(DetectionDataFiles.Scope, DetectionDataFiles.Read(DetectionDataFiles.Scope)).Contains("AC-BOND"));
    }

    private static void BreakRules(JsonNode rules, string slip)
    {
        JsonNode Code(string code) => rules["concerns"]!.AsArray().Single(r => (string?)r!["code"] == code)!;
        switch (slip)
        {
            case "unbalanced": DetectionDataFiles.Patterns(rules, "BS-TIME")[2] = "(?:stayed|stay late"; break;
            case "unknown group": DetectionDataFiles.Patterns(rules, "BS-CONTACT")[0] = "(?:{SHARE_VERB}) {G5}(?:{CLIENTS})"; break;
            case "unknown group in sentence": DetectionDataFiles.Patterns(rules, "BS-PROLONG")[0]!["sentenceMustContain"] = "{GOALS_MET}"; break;
            case "lower-case group": DetectionDataFiles.Patterns(rules, "BS-DRESS")[0] = "(?:wore|dressed) {G6}for (?:{obj})"; break;
            case "gap without number": DetectionDataFiles.Patterns(rules, "AC-RUSHED")[1] = "(?:i|we) {G}rushed"; break;
            case "capital letter": DetectionDataFiles.Patterns(rules, "BS-CONTACT")[1] = "exchanged (?:numbers|Instagram handles)"; break;
            case "unknown code": rules["concerns"]!.AsArray().Add(new JsonObject { ["code"] = "BS-HUGS", ["patterns"] = new JsonArray("hugged (?:{OBJ})") }); break;
            case "code twice": rules["concerns"]!.AsArray().Add(Code("BV-GIFT").DeepClone()); break;
            case "no patterns": Code("BV-DUAL")["patterns"] = new JsonArray(); break;
            case "misspelt flag": DetectionDataFiles.Patterns(rules, "BS-CONTACT")[5]!.AsObject().Add("sentenceMustContian", "phone"); break;
            case "unknown actor": DetectionDataFiles.Patterns(rules, "BS-TIME")[0]!["actor"] = "client"; break;
            case "lexicon loop": DetectionDataFiles.Words(rules, "OBJ").Add("{FOR_CLIENT}"); break;
            case "lexicon group twice": rules["lexicon"]!.AsArray().Add(rules["lexicon"]!.AsArray().Single(g => (string?)g!["name"] == "NEG")!.DeepClone()); break;
            case "broken lexicon word": DetectionDataFiles.Words(rules, "STATUS").Add("rich)"); break;
            default: throw new ArgumentOutOfRangeException(nameof(slip), slip, null);
        }
    }

    private static void BreakScope(JsonNode cues, string slip)
    {
        switch (slip)
        {
            case "missing list": cues["cues"]!.AsObject().Remove("negation"); break;
            case "broken phrase": cues["cues"]!["hypothetical"]!["phrases"]!.AsArray().Add("(?:never"); break;
            case "zero window": cues["windows"]!["negationWords"] = 0; break;
            case "two-word subject": cues["subjects"]!["other"]!["words"]!.AsArray().Add("the nurse"); break;
            case "capital phrase": cues["cues"]!["past"]!["phrases"]!.AsArray().Add("Last Year"); break;
            case "misspelt list": cues["cues"]!.AsObject().Add("negaton", new JsonObject { ["phrases"] = new JsonArray("nope") }); break;
            default: throw new ArgumentOutOfRangeException(nameof(slip), slip, null);
        }
    }
}
