namespace AllianceBot.Dialogs.Schema;

/// <summary>The HTTP answer to an invoke activity; the bot sets it in turn state.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
