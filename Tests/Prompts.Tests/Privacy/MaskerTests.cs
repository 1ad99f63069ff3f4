namespace AllianceBot.Prompts.Tests.Privacy;

public sealed class MaskerTests
{
    [Theory]
    [InlineData("email me at jane.doe+x@example.co.uk please", "email me at [email] please")]
    [InlineData("call 604-555-1234", "call [phone]")]
    [InlineData("call (604) 555 1234 ext 22", "call [phone]")]
    [InlineData("her cell is +1 604.555.1234", "her cell is [phone]")]
    [InlineData("UK number +44 20 7946 0958", "UK number [phone]")]
    [InlineData("text 555-1234 tonight", "text [phone] tonight")]
    [InlineData("she lives at 123 Main Street, Apt 4", "she lives at [address]")]
    [InlineData("moved to 42 maple crescent last year", "moved to [address] last year")]
    [InlineData("see instagram.com/jane_doe_99", "see [profile-url]")]
    [InlineData("https://www.linkedin.com/in/jane-doe/ and https://x.com/jd", "[profile-url] and [profile-url]")]
    [InlineData("on tiktok as @janedoe", "on tiktok as [profile-url]")]
    [InlineData("SIN 123-456-789", "SIN [id-number]")]
    [InlineData("ssn 123-45-6789", "ssn [id-number]")]
    [InlineData("health card number: 1234-567-890-AB", "health card number: [id-number]")]
    [InlineData("DOB 1990-04-02", "DOB [date-of-birth]")]
    [InlineData("born on 4 March 1990 in Calgary", "born on [date-of-birth] in Calgary")]
    [InlineData("date of birth: March 4, 1990", "date of birth: [date-of-birth]")]
    [InlineData("postal code V6B 1A1", "postal code [address]")]
    public void Mask_Identifier_ReplacedWithReadableMask(string input, string expected)
    {
        var masked = EngineFixture.Engine.Masker.Mask(input);
        Assert.Equal(expected, masked.Text);
        Assert.True(masked.Count >= 1);
    }

    [Theory]
    [InlineData("We met for 50 minutes on 2024-05-01 and spent 2 hours on the way home.")]
    [InlineData("She scored 3 out of 5 and has 2 kids.")]
    [InlineData("Standard 3.1 items P4 and P8.")]
    public void Mask_OrdinaryText_Unchanged(string input)
    {
        var masked = EngineFixture.Engine.Masker.Mask(input);
        Assert.Equal(input, masked.Text);
        Assert.Equal(0, masked.Count);
    }

    [Theory]
    [InlineData("Sarah Jones", true)]
    [InlineData("john", true)]
    [InlineData("Mary-Kate O'Neil", true)]
    [InlineData("jane@example.com", true)]
    [InlineData("604 555 1234", true)]
    [InlineData("Sarah1", true)]
    [InlineData("patel-2026", true)]
    [InlineData("C-104", false)]
    [InlineData("case12", false)]
    [InlineData("intake-3", false)]
    [InlineData("AB12", false)]
    [InlineData("client 7", false)]
    [InlineData("JS", false)]
    [InlineData("", false)]
    public void LooksLikePersonalIdentifier_Code_Classified(string code, bool expected)
    {
        Assert.Equal(expected, EngineFixture.Engine.Masker.LooksLikePersonalIdentifier(code));
    }
}
