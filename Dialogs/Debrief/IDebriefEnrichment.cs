namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// What happens after a debrief is archived for the first time (a model's second look, where one is
/// configured). Called once per new record, never for a repeated confirm. Implementations only queue
/// work and must not throw: the receipt must not depend on them.
/// </summary>
public interface IDebriefEnrichment
{
    Task AfterConfirmedAsync(DebriefRecord record, CancellationToken cancellationToken);
}

/// <summary>The default: the offline record is all there is.</summary>
public sealed class NoDebriefEnrichment : IDebriefEnrichment
{
    public static NoDebriefEnrichment Instance { get; } = new();

    public Task AfterConfirmedAsync(DebriefRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
}
