namespace AllianceBot.Dialogs.Schema;

public sealed record ResourceResponse(string? Id);
