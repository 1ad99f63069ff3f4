using AllianceBot.Dialogs.Debrief;
using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Tests.Parsing;

public sealed class AnswerParserTests
{
    private static bool LooksPersonal(string text) => Support.BotHarness.Engine.LooksLikePersonalIdentifier(text);

    [Theory]
    [InlineData("4", new[] { 4 })]
    [InlineData("four", new[] { 4 })]
    [InlineData("4 3 5", new[] { 4, 3, 5 })]
    [InlineData("4, 3, 5", new[] { 4, 3, 5 })]
    public void Rating_Valid_GivesNumbers(string text, int[] expected)
        => Assert.Equal(expected, RatingParser.Parse(text).Value);

    [Theory]
    [InlineData("eleven", 11)]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    public void Rating_OutOfRange_SaysTheScale(string text, int value)
        => Assert.Equal(DebriefCopy.RatingOutOfRange(value), RatingParser.Parse(text).Retry);

    [Theory]
    [InlineData("5/5", 5, 5)]
    [InlineData("3 out of 5", 3, 5)]
    [InlineData("7/10", 7, 10)]
    public void Rating_Fraction_AsksForTheNumberAlone(string text, int value, int outOf)
        => Assert.Equal(DebriefCopy.RatingFraction(value, outOf), RatingParser.Parse(text).Retry);

    [Theory]
    [InlineData("good")]
    [InlineData("4.5")]
    [InlineData("4 3")]
    [InlineData("")]
    public void Rating_Unreadable_GivesGeneralRetry(string text)
        => Assert.Equal(DebriefCopy.RatingNotANumber, RatingParser.Parse(text).Retry);

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
