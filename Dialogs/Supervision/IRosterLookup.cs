namespace AllianceBot.Dialogs.Supervision;

/// <summary>Who supervises a practitioner, from the roster. Null when the practitioner has no supervisor on it.</summary>
public interface IRosterLookup
{
    Task<SupervisorRef?> FindSupervisorAsync(string practitionerId, CancellationToken cancellationToken);
}

/// <summary>A supervisor as named on the roster.</summary>
public sealed record SupervisorRef(string Id, string Name);

/// <summary>The default when no roster is configured: nobody supervises anybody, so debriefs are seen only by their author.</summary>
public sealed class NoRoster : IRosterLookup
{
    public Task<SupervisorRef?> FindSupervisorAsync(string practitionerId, CancellationToken cancellationToken)
        => Task.FromResult<SupervisorRef?>(null);
}
