using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// The literals derived from a pattern must hold for every match, or the prefilter would skip real
/// matches: where a piece can match without a known literal, nothing may be derived from it.
/// </summary>
public sealed class RequiredLiteralsTests
{
    // Each derived group as "a|b" (sorted), groups sorted: easy to read in a failed assertion.
    private static string[] Groups(string pattern) =>
        [.. RequiredLiterals.Of(pattern).Select(g => string.Join("|", g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    [Fact]
    public void Of_WordsSeparatedByWhitespace_RequiresEachWord()
    {
        Assert.Equal(["lost", "of", "time", "track"], Groups(@"lost\s+track\s+of\s+time"));
    }

    [Fact]
    public void Of_Alternation_RequiresOneOfTheBranches()
    {
        Assert.Equal(["gave|give|sent"], Groups("(?:gave|give|sent)"));
    }

    [Fact]
    public void Of_AlternationBranchWithoutLiteral_RequiresNothing()
    {
        Assert.Empty(Groups(@"(?:gave|\w+)"));
        Assert.Empty(Groups(@"gave|[a-z]+"));
        // A branch with a literal inside a word still counts: "\w+ly" always contains "ly".
        Assert.Equal(["gave|ly"], Groups(@"(?:gave|\w+ly)"));
    }

    [Fact]
    public void Of_AlternationOfSequences_TakesOneGroupPerBranch()
    {
        // Each branch contributes its own literals; together they form one "any of" group.
        var groups = RequiredLiterals.Of(@"told\s+(?:her|him)|texted\s+[a-z]+");
        var group = Assert.Single(groups);
        Assert.Contains("texted", group);
        Assert.True(group.Contains("told") || group.Overlaps(["her", "him"]));
    }

    [Fact]
    public void Of_OptionalPiece_JoinsBothSpellingsOrDropsTheOptionalWord()
    {
        Assert.Equal(["color|colour"], Groups("colou?r"));
        // "very " may be absent, so only "good" is required ("very good" contains "good").
        Assert.Equal(["good"], Groups("(?:very )?good"));
    }

    [Fact]
    public void Of_OnlyOptionalOrStarredPieces_RequiresNothing()
    {
        Assert.Empty(Groups("(?:very)?"));
        Assert.Empty(Groups("(?:ab)*"));
        Assert.Empty(Groups(@"(?:[^\s]+\s+){0,3}"));
    }

    [Fact]
    public void Of_CharacterClass_BreaksTheLiteralAndAddsNothing()
    {
        Assert.Empty(Groups("[abc]"));
        Assert.Empty(Groups(@"[$£€]\d[\d,]*"));
        Assert.Equal(["e", "fantasi"], Groups("fantasi[sz]e"));
        Assert.Equal(["ing"], Groups(@"\w+ing"));
    }

    [Fact]
    public void Of_RepeatedAtLeastOnce_KeepsWhatOneRepetitionRequires()
    {
        Assert.Equal(["ab"], Groups("(?:ab)+"));
        Assert.Equal(["ab"], Groups("(?:ab){2,3}"));
        Assert.Equal(["ab"], Groups("(?:ab){1,}?"));
    }

    [Fact]
    public void Of_Lookarounds_AddNoLiterals()
    {
        Assert.Equal(["over"], Groups("over(?=time)"));
        Assert.Equal(["over"], Groups("over(?!time)"));
        Assert.Equal(["over"], Groups(@"(?<![\w'$])over(?![\w])"));
        Assert.Equal(["over"], Groups(@"(?<=time)over\b"));
    }

    [Fact]
    public void Of_EscapedPunctuation_IsALiteral()
    {
        Assert.Equal(["$5"], Groups(@"\$5"));
        Assert.Equal(["a.b"], Groups(@"a\.b"));
    }

    [Fact]
    public void Of_NamedGroups_AreReadLikeOtherGroups()
    {
        Assert.Equal(["hugged|kissed"], Groups("(?<p0>kissed|hugged)"));
    }

    [Theory]
    [InlineData("(?i)abc")] // inline options: case no longer exact
    [InlineData(@"(a)\1")] // backreference
    [InlineData(@"\k<x>abc")] // named backreference
    [InlineData("(?<a-b>x)")] // balancing group
    [InlineData("(?(x)a|b)")] // conditional
    [InlineData("[a-[b]]")] // class subtraction
    [InlineData(@"\x41bc")] // hex escape
    [InlineData("ab)")] // unbalanced
    [InlineData("(ab")] // unbalanced
    [InlineData("a{2")] // broken quantifier
    [InlineData("*a")] // nothing to repeat
    public void Of_SyntaxItDoesNotKnow_RequiresNothing(string pattern)
    {
        Assert.Empty(RequiredLiterals.Of(pattern));
    }

    [Fact]
    public void Of_ManyCombinations_StopsJoiningButKeepsEachPart()
    {
        // 4^4 = 256 spellings is more than it tracks, so the parts are kept as separate groups.
        var groups = Groups("(?:a1|b1|c1|d1)(?:e2|f2|g2|h2)(?:i3|j3|k3|l3)(?:m4|n4|o4|p4)");
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.DoesNotContain("a1e2i3m4", g));
    }

    [Fact]
    public void Of_LongerLiteralContainingAShorterOne_IsDropped()
    {
        // Any text containing "trusts" contains "trust": checking "trust" is enough.
        Assert.Equal(["trust"], Groups("(?:trusts?|trusted)"));
    }

    [Fact]
    public void BestOf_PrefersLongRareLiteralsOverShortCommonOnes()
    {
        var best = RequiredLiterals.BestOf(@"(?:i|we)\s+(?:\w+\s+){0,2}(?:rushed|hurried)");
        Assert.Equal(["hurried", "rushed"], best!.Order(StringComparer.Ordinal));
    }
}
