using System.Text.Json.Nodes;

namespace AllianceBot.Dialogs.Framework;

public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing ran.</summary>
    Empty,
    Waiting,
    Complete,
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public T? ResultAs<T>() => DialogJson.As<T>(Result);
}
