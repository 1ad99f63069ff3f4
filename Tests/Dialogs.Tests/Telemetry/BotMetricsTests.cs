using System.Diagnostics.Metrics;
using AllianceBot.Dialogs.Telemetry;

namespace AllianceBot.Dialogs.Tests.Telemetry;

public sealed class BotMetricsTests
{
    [Theory]
    [InlineData("P8", "P")]
    [InlineData("K3", "K")]
    [InlineData("BS-CONTACT", "BS")]
    [InlineData("BV-GIFT", "BV")]
    [InlineData("AC-BOND", "AC")]
    [InlineData("CTX-AUTONOMY", "CTX")]
    [InlineData("call me at 604-555-0199", "other")]
    [InlineData("Ximena-X", "other")]
    [InlineData("", "other")]
    [InlineData(null, "other")]
    public void CodeFamily_KnownShapes_FamilyElseOther(string? code, string expected) =>
        Assert.Equal(expected, BotMetrics.CodeFamily(code));

    [Fact]
    public void CrisisScreened_CountsOnTheBotMeterWithWhereAndRisk()
    {
        var seen = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotMetrics.Name && instrument.Name == "alliancebot.crisis.screens")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }
            lock (seen)
            {
                seen.Add((value, map));
            }
        });
        listener.Start();

        BotMetrics.CrisisScreened("unit-test-where", riskFound: true);

        List<(long Value, Dictionary<string, object?> Tags)> mine;
        lock (seen)
        {
            mine = [.. seen.Where(s => Equals(s.Tags["alliancebot.crisis.where"], "unit-test-where"))];
        }
        var measurement = Assert.Single(mine);
        Assert.Equal(1, measurement.Value);
        Assert.Equal(true, measurement.Tags["alliancebot.crisis.risk"]);
    }
}
