namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>A clock the test moves by hand: no DateTime.Now in expectations.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <summary>Sunday 22 November 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public ManualClock() : this(Default)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
