namespace AllianceBot.Bot.Auth;

/// <summary>What the inbound check decided; <see cref="Reason"/> is for the log, never for the caller.</summary>
public sealed record BotAuthenticationResult(bool Succeeded, string? Reason, bool Anonymous)
{
    public static BotAuthenticationResult Success(bool anonymous) => new(true, null, anonymous);

    public static BotAuthenticationResult Fail(string reason) => new(false, reason, false);
}
