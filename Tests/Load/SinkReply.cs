namespace AllianceBot.Load;

/// <summary>One activity the process under test posted to the sink, stamped on arrival (Stopwatch ticks).</summary>
public sealed record SinkReply(long ReceivedAt, string? ReplyToId, string? Type, string? Text, string? InputHint, CardButton[] Buttons, bool HasCard);
