namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Who supervises whom, keyed by Entra object id (normalised lower-case GUIDs). Immutable; every
/// lookup normalises its argument first, so an id that is not a GUID simply finds nobody.
/// </summary>
public sealed class Roster
{
    private readonly Dictionary<string, RosterSupervisor> _supervisors;
    private readonly Dictionary<string, (RosterPractitioner Practitioner, RosterSupervisor Supervisor)> _practitioners;

    public Roster(IReadOnlyList<RosterSupervisor> supervisors, DateTimeOffset? importedAt = null)
    {
        Supervisors = supervisors;
        ImportedAt = importedAt;
        _supervisors = supervisors.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _practitioners = supervisors
            .SelectMany(s => s.Practitioners.Select(p => (p, s)))
            .ToDictionary(x => x.p.Id, x => (x.p, x.s), StringComparer.Ordinal);
    }

    public static Roster Empty { get; } = new([]);

    public IReadOnlyList<RosterSupervisor> Supervisors { get; }
    public DateTimeOffset? ImportedAt { get; }

    public RosterSupervisor? FindSupervisor(string? supervisorId)
        => RosterIds.Normalize(supervisorId) is { } id && _supervisors.TryGetValue(id, out var s) ? s : null;

    public RosterSupervisor? SupervisorOf(string? practitionerId)
        => RosterIds.Normalize(practitionerId) is { } id && _practitioners.TryGetValue(id, out var x) ? x.Supervisor : null;

    public RosterPractitioner? FindPractitioner(string? practitionerId)
        => RosterIds.Normalize(practitionerId) is { } id && _practitioners.TryGetValue(id, out var x) ? x.Practitioner : null;
}

public sealed record RosterSupervisor(string Id, string Name, string? TimeZone, IReadOnlyList<RosterPractitioner> Practitioners);

public sealed record RosterPractitioner(string Id, string Name);
