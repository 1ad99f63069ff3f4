using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Tests.Detection;

public sealed class LiteralScannerTests
{
    private static bool[] Found(LiteralScanner scanner, string text)
    {
        var present = new ulong[scanner.WordsNeeded];
        scanner.Scan(text, present);
        return [.. Enumerable.Range(0, scanner.GroupCount).Select(g => (present[g >> 6] & (1UL << (g & 63))) != 0)];
    }

    private static IReadOnlySet<string> G(params string[] literals) => new HashSet<string>(literals, StringComparer.Ordinal);

    [Fact]
    public void Scan_ReportsEachGroupWithAMemberInTheText()
    {
        var scanner = new LiteralScanner([G("he", "she"), G("hers"), G("his"), G("number", "cell")]);
        Assert.Equal([true, true, false, false], Found(scanner, "ushers"));
        Assert.Equal([false, false, true, true], Found(scanner, "this cell"));
    }

    [Fact]
    public void Scan_LiteralFoundOnlyThroughAFailureLink_IsReported()
    {
        // Reading "abcd" walks the "abce" branch; "bcd" is found only by falling back to the suffix "bc".
        var scanner = new LiteralScanner([G("abce"), G("bcd")]);
        Assert.Equal([false, true], Found(scanner, "abcd"));
    }

    [Fact]
    public void Scan_MoreThanSixtyFourGroups_UsesSeveralWords()
    {
        var groups = Enumerable.Range(0, 130).Select(i => G($"w{i:000}")).ToList();
        var scanner = new LiteralScanner(groups);
        Assert.Equal(3, scanner.WordsNeeded);
        var found = Found(scanner, "w000 w064 w129");
        Assert.Equal([0, 64, 129], Enumerable.Range(0, 130).Where(g => found[g]));
    }

    [Fact]
    public void Scan_NonAsciiText_NeitherFailsNorMatchesWrongly()
    {
        var scanner = new LiteralScanner([G("£50"), G("café")]);
        Assert.Equal([true, false], Found(scanner, "a £50 voucher 🙂"));
        Assert.Equal([false, true], Found(scanner, "the café"));
    }

    [Fact]
    public void Scan_RandomTexts_AgreeWithPlainSubstringSearch()
    {
        var random = new Random(7);
        var literals = Enumerable.Range(0, 60).Select(_ => RandomWord(random, 1, 4)).Distinct().ToList();
        var groups = literals.Chunk(3).Select(c => G(c)).ToList();
        var scanner = new LiteralScanner(groups);
        for (var i = 0; i < 500; i++)
        {
            var text = RandomWord(random, 0, 40);
            var expected = groups.Select(g => g.Any(l => text.Contains(l, StringComparison.Ordinal)));
            Assert.Equal(expected, Found(scanner, text));
        }
    }

    // A small alphabet, so literals overlap and share prefixes and suffixes often.
    private static string RandomWord(Random random, int min, int max) =>
        new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => "abcd"[random.Next(4)])]);
}
