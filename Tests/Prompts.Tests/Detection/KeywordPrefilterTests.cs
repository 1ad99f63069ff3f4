using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

public sealed class KeywordPrefilterTests
{
    private static int Possible(CompiledRuleSet set, string clause, int rule = 0)
    {
        Span<ulong> present = stackalloc ulong[set.Prefilter.WordsNeeded];
        set.Prefilter.Scan(clause, present);
        return set.Prefilter.Possible(rule, present);
    }

    private static CompiledRuleSet Set(params DetectionPattern[] patterns) => new(new Dictionary<string, DetectionPattern[]> { ["X"] = patterns });

    [Fact]
    public void Possible_NoKeywordOfAnyPattern_None()
    {
        var set = Set(new DetectionPattern("(?:gave|give) her my number"), new DetectionPattern("lost track of time"));
        Assert.Equal(KeywordPrefilter.None, Possible(set, "we talked about her week"));
    }

    [Fact]
    public void Possible_KeywordsOfOnePattern_ThatPattern()
    {
        var set = Set(new DetectionPattern("(?:gave|give) her my number"), new DetectionPattern("lost track of time"));
        Assert.Equal(1, Possible(set, "i lost track of the time"));
        Assert.Equal(0, Possible(set, "then i gave her my number"));
    }

    [Fact]
    public void Possible_OnlySomeKeywordsOfAPattern_NotThatPattern()
    {
        // "number" alone is not enough: "gave" or "give" must occur too.
        var set = Set(new DetectionPattern("(?:gave|give) her my number"));
        Assert.Equal(KeywordPrefilter.None, Possible(set, "her number was on the form"));
    }

    [Fact]
    public void Possible_KeywordsOfTwoPatterns_Several()
    {
        var set = Set(new DetectionPattern("(?:gave|give) her my number"), new DetectionPattern("lost track of time"));
        Assert.Equal(KeywordPrefilter.Several, Possible(set, "i lost track of time and gave her my number"));
    }

    [Fact]
    public void Possible_PatternWithoutDerivableKeywords_CanAlwaysMatch()
    {
        // {G3}, \w+ and classes carry no literal, and the alternation has a branch without one.
        var set = Set(new DetectionPattern("lost track of time"), new DetectionPattern(@"(?:very|\w+) {G3}[a-z]+"));
        Assert.Equal(1, Possible(set, "nothing to see here"));
        Assert.Equal(KeywordPrefilter.Several, Possible(set, "lost track of time"));
        Assert.Equal(1, set.Prefilter.UnfilteredPatterns(0));
    }

    [Fact]
    public void Possible_OneLetterKeywordsOnly_PatternIsNotFiltered()
    {
        // "i" occurs in nearly every clause, so it is not used as a keyword at all.
        var set = Set(new DetectionPattern(@"(?:i|x)"));
        Assert.Equal(0, Possible(set, "nothing"));
    }

    [Fact]
    public void Scan_KeywordInsideALongerWord_Counts()
    {
        // Substrings, not words: the regex could match "thinking" through "think\w+", so must the check.
        var set = Set(new DetectionPattern(@"think\w+ about (?:her|him)"));
        Assert.Equal(0, Possible(set, "overthinking about him"));
    }

    [Fact]
    public void Scan_OverlappingKeywords_FindsEach()
    {
        // "she" contains "he": the automaton must report both, however they overlap.
        var set = Set(new DetectionPattern("she said"), new DetectionPattern("he left"), new DetectionPattern("shell"));
        Assert.Equal(KeywordPrefilter.Several, Possible(set, "she said he left"));
        Assert.Equal(2, Possible(set, "a seashell"));
        Assert.Equal(1, Possible(set, "then he left"));
    }

    [Fact]
    public void Scan_NoClauseLeftOver_EachScanStartsClean()
    {
        var set = Set(new DetectionPattern("lost track of time"));
        Assert.Equal(0, Possible(set, "lost track of time"));
        Assert.Equal(KeywordPrefilter.None, Possible(set, "nothing"));
    }
}
