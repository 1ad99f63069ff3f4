using AllianceBot.Dialogs.Supervision;
using static AllianceBot.Dialogs.Tests.Supervision.SupervisionFixtures;

namespace AllianceBot.Dialogs.Tests.Supervision;

public sealed class RosterParserTests
{
    [Fact]
    public void Parse_ValidRoster_MapsPractitionersToTheirSupervisor()
    {
        var result = RosterParser.Parse(RosterJson);

        Assert.True(result.Ok);
        Assert.Equal(Dana, result.Roster!.SupervisorOf(Sam)!.Id);
        Assert.Equal(Lee, result.Roster.SupervisorOf(Kim)!.Id);
        Assert.Equal("America/Vancouver", result.Roster.FindSupervisor(Dana)!.TimeZone);
        Assert.Null(result.Roster.SupervisorOf(Stranger));
    }

    [Fact]
    public void Parse_UpperCaseIds_AreNormalised()
    {
        var result = RosterParser.Parse(RosterJson.Replace(Sam, Sam.ToUpperInvariant()));

        Assert.Equal(Dana, result.Roster!.SupervisorOf(Sam)!.Id);
    }

    [Fact]
    public void Parse_BadJson_ReportsLine()
    {
        var result = RosterParser.Parse("{\"supervisors\": [\n {\"id\": }\n]}");

        Assert.False(result.Ok);
        Assert.Contains("not valid JSON (line 2", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_MisspeltProperty_IsRefusedNotIgnored()
    {
        var result = RosterParser.Parse(RosterJson.Replace("\"practitioners\"", "\"practitioner\""));

        Assert.False(result.Ok);
        Assert.Contains("practitioner", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_PractitionerTwiceUnderOneSupervisor_IsDuplicate()
    {
        var json = RosterJson.Replace($"{{\"id\":\"{Alex}\"", $"{{\"id\":\"{Sam}\"");

        var result = RosterParser.Parse(json);

        Assert.Contains(result.Errors, e => e.Contains("listed twice under the same supervisor"));
    }

    [Fact]
    public void Parse_PractitionerUnderTwoSupervisors_IsRefused()
    {
        var json = RosterJson.Replace($"{{\"id\":\"{Kim}\"", $"{{\"id\":\"{Sam}\"");

        var result = RosterParser.Parse(json);

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Contains("already has a supervisor (Supervisor #1 (Dana Lee))"));
    }

    [Theory]
    [InlineData("sam@example.org")]
    [InlineData("../other")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("  ")]
    public void Parse_IdThatIsNotAnEntraObjectId_IsRefused(string id)
    {
        var result = RosterParser.Parse(RosterJson.Replace(Kim, id));

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Contains("Kim Osei") && (e.Contains("not an Entra object id") || e.Contains("has no id")));
    }

    [Fact]
    public void Parse_SupervisorSupervisingThemself_IsRefused()
    {
        var result = RosterParser.Parse(RosterJson.Replace(Kim, Lee));

        Assert.Contains(result.Errors, e => e.Contains("supervise themself"));
    }

    [Fact]
    public void Parse_UnknownTimeZone_IsRefused()
    {
        var result = RosterParser.Parse(RosterJson.Replace("America/Vancouver", "Mars/Olympus"));

        Assert.Contains(result.Errors, e => e.Contains("\"Mars/Olympus\" is not a known time zone"));
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var json = RosterJson.Replace(Kim, "nope").Replace("America/Vancouver", "Nowhere/Zone");

        Assert.Equal(2, RosterParser.Parse(json).Errors.Count);
    }

    [Fact]
    public void Parse_NoSupervisorsList_IsRefused()
    {
        Assert.Contains("no \"supervisors\" list", Assert.Single(RosterParser.Parse("{}").Errors));
    }
}
