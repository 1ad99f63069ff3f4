using AllianceBot.Prompts.Safety;

namespace AllianceBot.Prompts.Tests.Safety;

public sealed class SafetyGuidanceTests
{
    [Fact]
    public void For_Client_NamesEmergencyServicesBothCrisisLinesProtocolAndSupervisor()
    {
        var text = SafetyGuidance.LoadEmbedded().For(AtRisk.Client);

        Assert.Contains("911", text);
        Assert.Contains("9-8-8", text);
        Assert.Contains("988", text);
        Assert.Contains("crisis protocol", text);
        Assert.Contains("supervisor", text);
        Assert.DoesNotMatch(@"\b(?:P[1-9]|K[1-4]|BS-|BV-|WA-)", text);
    }

    [Fact]
    public void For_Practitioner_SpeaksToThemAboutTheirOwnSafety()
    {
        var text = SafetyGuidance.LoadEmbedded().For(AtRisk.Practitioner);

        Assert.Contains("If you are in immediate danger", text);
        Assert.Contains("988", text);
    }

    [Fact]
    public void With_ExtraLines_AppendsThem()
    {
        var guidance = SafetyGuidance.LoadEmbedded().With(new SafetyResources { ExtraLines = ["EAP: 1-800-555-0199", " "] });

        var text = guidance.For(AtRisk.Client);

        Assert.EndsWith("- EAP: 1-800-555-0199", text);
    }
}
