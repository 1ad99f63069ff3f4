namespace AllianceBot.Dialogs.Supervision;

/// <summary>Entra object ids are GUIDs; everything else (blank, '../other', display names) is not an id.</summary>
public static class RosterIds
{
    public static string? Normalize(string? value)
        => Guid.TryParseExact(value?.Trim(), "D", out var id) && id != Guid.Empty ? id.ToString("D") : null;

    public static bool Same(string? a, string? b) => Normalize(a) is { } x && x == Normalize(b);
}
