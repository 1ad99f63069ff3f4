namespace AllianceBot.Dialogs.Debrief;

/// <summary>An answer read from what the user typed: the value, or the retry message that says what was wrong.</summary>
public readonly record struct Parsed<T>(T? Value, string? Retry)
{
    public bool Ok => Retry is null;

    public static Parsed<T> Success(T value) => new(value, null);

    public static Parsed<T> Fail(string retry) => new(default, retry);
}
