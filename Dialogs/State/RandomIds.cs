namespace AllianceBot.Dialogs.State;

/// <summary>
/// 128 random bits as 32 lowercase hex characters, the shape of <c>Guid.ToString("N")</c>: for ETags,
/// temp file names, write ids and prompt ids, which must not repeat but are not secrets.
/// </summary>
/// <remarks>
/// Why not <see cref="Guid.NewGuid"/>: on Linux each call is a read(2) of the kernel's random source,
/// and a turn made three to four of them (1.7% of the bot's CPU under load). <see cref="Random.Shared"/>
/// is seeded from that source once per thread and then runs in user space. Anything that must be
/// unguessable (debrief ids, tokens) uses <c>RandomNumberGenerator</c> instead.
/// </remarks>
public static class RandomIds
{
    public static string NewHex()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
