using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Tests.Parsing;

public sealed class AnswerParserTests
{
    private static bool LooksPersonal(string text) => Support.BotHarness.Engine.LooksLikePersonalIdentifier(text);

    [Theory]
    [InlineData("4", 4)]
    [InlineData("four", 4)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("4 of 5.", 4)]
    public void Rating_OneNumber_IsTheRatingAsked(string text, int expected)
        => Assert.Equal(new RatingAnswer(null, null, null, expected), RatingParser.Parse(text).Value);

    [Theory]
    [InlineData("4 3 5")]
    [InlineData("4, 3, 5")]
    [InlineData("4,3 and 5")]
    [InlineData("4/5 3/5 5/5")]
    [InlineData("4 out of 5, 3 out of 5, 5 out of 5")]
    [InlineData("goals 4 tasks 3 bond 5")]
    [InlineData("Goals: 4, Tasks: 3, Bond: 5")]
    [InlineData("bond 5 goals 4 tasks 3")]
    [InlineData("g4 t3 b5")]
    [InlineData("goals=4 roles=3 trust=5")]
    [InlineData("four three five")]
    public void Rating_AllThree_InAnyForm(string text)
        => Assert.Equal(new RatingAnswer(4, 3, 5, null), RatingParser.Parse(text).Value);

    [Fact]
    public void Rating_SomeNamed_LeavesTheOthersOpen()
        => Assert.Equal(new RatingAnswer(4, null, 5, null), RatingParser.Parse("goals 4 bond 5").Value);

    [Theory]
    [InlineData("eleven", 11)]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    [InlineData("goals 7 tasks 3 bond 5", 7)]
    public void Rating_OutOfRange_SaysTheScale(string text, int value)
        => Assert.Equal(DebriefCopy.RatingOutOfRange(value), RatingParser.Parse(text).Retry);

    [Theory]
    [InlineData("7/10", 7, 10)]
    [InlineData("8 out of 10", 8, 10)]
    public void Rating_AnotherScale_SaysWhichScale(string text, int value, int outOf)
        => Assert.Equal(DebriefCopy.RatingFraction(value, outOf), RatingParser.Parse(text).Retry);

    [Theory]
    [InlineData("good")]
    [InlineData("4.5")]
    [InlineData("4 3")]
    [InlineData("goals")]
    [InlineData("goals tasks 3")]
    [InlineData("")]
    public void Rating_Unreadable_GivesGeneralRetry(string text)
        => Assert.Equal(DebriefCopy.RatingNotANumber, RatingParser.Parse(text).Retry);

    private static readonly DateOnly Today = new(2026, 11, 22);   // a Sunday

    [Theory]
    [InlineData("C-104 yesterday ongoing video", "C-104", "2026-11-21", SessionKind.Ongoing, SessionSetting.Video)]
    [InlineData("c-104, first session, in person, 20/11", "C-104", "2026-11-20", SessionKind.First, SessionSetting.InPerson)]
    [InlineData("closing by phone C-7 on Tuesday", "C-7", "2026-11-17", SessionKind.Closing, SessionSetting.Phone)]
    [InlineData("C-104 today face to face", "C-104", "2026-11-22", null, SessionSetting.InPerson)]
    [InlineData("client 7 22 Nov video", "CLIENT 7", "2026-11-22", null, SessionSetting.Video)]
    [InlineData("C-104", "C-104", null, null, null)]
    public void BasicsLine_PartsInAnyOrder(string text, string code, string? date, SessionKind? kind, SessionSetting? setting)
    {
        var parsed = BasicsLineParser.Parse(text, Today, LooksPersonal);

        Assert.True(parsed.Ok, parsed.Retry);
        Assert.Equal(new BasicsAnswer(code, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind, setting), parsed.Value);
    }

    [Theory]
    [InlineData("Sarah Jones yesterday video", "looks personal")]
    [InlineData("yesterday video", "invalid")]
    [InlineData("C-104 2026-12-25 video", "future")]
    public void BasicsLine_NoUsableCode_SaysWhatIsWrong(string text, string why)
    {
        var expected = why switch
        {
            "looks personal" => DebriefCopy.ClientCodeLooksPersonal,
            "future" => DebriefCopy.DateInFuture,
            _ => DebriefCopy.ClientCodeInvalid,
        };
        Assert.Equal(expected, BasicsLineParser.Parse(text, Today, LooksPersonal).Retry);
    }

    [Theory]
    [InlineData("C-104", "C-104")]
    [InlineData("c-104", "C-104")]
    [InlineData("client 7", "CLIENT 7")]
    [InlineData("AB12", "AB12")]
    public void ClientCode_Codes_AreAccepted(string text, string expected)
        => Assert.Equal(expected, ClientCodeParser.Parse(text, LooksPersonal).Value);

    [Theory]
    [InlineData("Sarah Jones")]
    [InlineData("sarah@example.com")]
    [InlineData("604-555-1234")]
    public void ClientCode_PersonalIdentifiers_AreRefused(string text)
        => Assert.Equal(DebriefCopy.ClientCodeLooksPersonal, ClientCodeParser.Parse(text, LooksPersonal).Retry);

    [Theory]
    [InlineData("")]
    [InlineData("a very long code that goes on and on")]
    public void ClientCode_NotACode_AsksForOne(string text)
        => Assert.Equal(DebriefCopy.ClientCodeInvalid, ClientCodeParser.Parse(text, LooksPersonal).Retry);

    [Theory]
    [InlineData("first", SessionKind.First)]
    [InlineData("Intake", SessionKind.First)]
    [InlineData("follow-up", SessionKind.Ongoing)]
    [InlineData("Closing", SessionKind.Closing)]
    public void Kind_Words_AreRead(string text, SessionKind expected) => Assert.Equal(expected, SessionKindParser.Parse(text).Value);

    [Theory]
    [InlineData("in person", SessionSetting.InPerson)]
    [InlineData("Zoom", SessionSetting.Video)]
    [InlineData("phone call", SessionSetting.Phone)]
    public void Setting_Words_AreRead(string text, SessionSetting expected) => Assert.Equal(expected, SessionSettingParser.Parse(text).Value);

    [Theory]
    [InlineData("none", new string[0])]
    [InlineData("1, 3", new[] { "P4", "P8" })]
    [InlineData("p8 and p4", new[] { "P4", "P8" })]
    [InlineData("P4,P5", new[] { "P4", "P5" })]
    [InlineData("all", new[] { "P4", "P5", "P8" })]
    public void Checklist_TextOrCardValue_GivesCodesInListOrder(string text, string[] expected)
        => Assert.Equal(expected, ChecklistParser.Parse(text, ["P4", "P5", "P8"], "retry").Value);

    [Theory]
    [InlineData("4")]
    [InlineData("P9")]
    [InlineData("yes")]
    public void Checklist_UnknownItems_Retry(string text)
        => Assert.Equal("retry", ChecklistParser.Parse(text, ["P4", "P5", "P8"], "retry").Retry);
}
