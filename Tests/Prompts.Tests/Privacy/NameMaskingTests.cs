using AllianceBot.Prompts.Privacy;

namespace AllianceBot.Prompts.Tests.Privacy;

/// <summary>People's names are masked in what practitioners type; ordinary words and the standard's terms are not.</summary>
public sealed class NameMaskingTests
{
    private static string Mask(string text) => EngineFixture.Engine.Masker.Mask(text).Text;

    [Theory]
    [InlineData("My client Sarah Johnson came in late.", "My client [name] came in late.")]
    [InlineData("Mr. Patel and Dr Nguyen met her.", "[name] and [name] met her.")]
    [InlineData("told sarah about the plan", "told [name] about the plan")]
    [InlineData("Hope said there was no hope.", "[name] said there was no hope.")]
    [InlineData("Will agreed to try. He will call on Monday.", "[name] agreed to try. He will call on Monday.")]
    [InlineData("We met Marco's mum at the school.", "We met [name]'s mum at the school.")]
    [InlineData("I saw Priya S. and then A. Boateng about the referral.", "I saw [name] and then [name] about the referral.")]
    [InlineData("mme desrosiers called, then Cst. McAllister.", "[name] called, then [name].")]
    [InlineData("Her boss, Priya Raghunathan, refused.", "Her boss, [name], refused.")]
    [InlineData("Oluwaseun Adeyemi arrived early.", "[name] arrived early.")]
    [InlineData("Dr Agnieszka Nowak-Zielińska referred him.", "[name] referred him.")]
    [InlineData("She lives with María de la Cruz now.", "She lives with [name] now.")]
    [InlineData("Her aunty, Mere, runs a kōhanga.", "Her aunty, [name], runs a kōhanga.")]
    [InlineData("april said she felt better", "[name] said she felt better")]
    [InlineData("grace + hope both in group. grace talked, hope v quiet", "[name] + [name] both in group. [name] talked, [name] v quiet")]
    [InlineData("Her mentor, Uncle Dave, sat in.", "Her mentor, [name], sat in.")]
    [InlineData("his wife ioana called on his behalf", "his wife [name] called on his behalf")]
    [InlineData("kaveh - visa stuff still not sorted", "[name] - visa stuff still not sorted")]
    [InlineData("seen nomvula 2day, v flat", "seen [name] 2day, v flat")]
    [InlineData("Tormiye has been quiet in our sessions.", "[name] has been quiet in our sessions.")]
    [InlineData("i told dariusz about the form", "i told [name] about the form")]
    [InlineData("We agreed that Wakaye will lead.", "We agreed that [name] will lead.")]
    [InlineData("We used Rogers' core conditions; Ms Rogers liked that.", "We used Rogers' core conditions; [name] liked that.")]
    public void Mask_Name_Replaced(string input, string expected)
    {
        var masked = EngineFixture.Engine.Masker.Mask(input);
        Assert.Equal(expected, masked.Text);
        Assert.Equal(IdentifierMasker.CountMasks(expected), masked.Count);
    }

    [Theory]
    [InlineData("She handled it with grace. I will mark it down. Will she come back?")]
    [InlineData("In April we set goals, and by June the bond was stronger.")]
    [InlineData("We covered Goals, Tasks and Bond (Bordin), Egan's skilled helper and Johns' model.")]
    [InlineData("Client C-104 and client J. talked on Teams about hope and faith.")]
    [InlineData("She moved to Victoria last year and then to Jordan.")]
    [InlineData("The company will pay the bill. Rose petals, a mark of respect.")]
    [InlineData("There is real hope in how she talked about the course starting in September.")]
    [InlineData("We used the Holland codes and Gibbs' reflective cycle.")]
    [InlineData("He works at King Street Hospital near Grace Park.")]
    [InlineData("Standard 3.1 items P4 and P8.")]
    [InlineData("client doesnt use the app, 20 min late again")]
    [InlineData("Honestly Im running behind. She WhatsApped me and we FaceTime from her PhD office.")]
    [InlineData("he brought a jerry can to the co-op placement")]
    [InlineData("She has been waiting since Novembr for a reply.")]
    [InlineData("Sesion was short today.")]
    [InlineData("first visit tommorow, we were seeing eachother weekly")]
    public void Mask_OrdinaryWordsAndTerms_Unchanged(string input)
    {
        var masked = EngineFixture.Engine.Masker.Mask(input);
        Assert.Equal(input, masked.Text);
        Assert.Equal(0, masked.Count);
    }

    [Fact]
    public void Mask_EmailWithAName_IsOneEmailMask()
    {
        Assert.Equal("write to [email] today", Mask("write to sarah.johnson@example.org today"));
    }

    [Fact]
    public void Mask_AlreadyMaskedText_IsUnchangedAndCounted()
    {
        var once = Mask("Sarah Johnson (604-555-1234) told Mr. Patel.");

        Assert.Equal(once, Mask(once));
        Assert.Equal(3, IdentifierMasker.CountMasks(once));
    }

    [Fact]
    public void Lexicon_ListsAreEmbeddedWithTheirSources()
    {
        var lexicon = NameLexicon.Default;
        Assert.True(lexicon.GivenCount("sarah") > 100_000);
        Assert.True(lexicon.IsSurname("nguyen"));
        Assert.True(lexicon.IsEnglishWord("grace"));
        Assert.Equal("sorensen", NameLexicon.Fold("sørensen"));
        using var stream = typeof(IdentifierMasker).Assembly.GetManifestResourceStream("AllianceBot.Prompts.Privacy.Data.given-names.txt")!;
        Assert.Contains("Social Security Administration", new StreamReader(stream).ReadToEnd()[..400]);
    }
}
