namespace AllianceBot.Dialogs.State;

/// <summary>
/// The bot's two stores: conversation and user state (mutable, ETag-guarded) and the archive of
/// confirmed debriefs, digests and the roster (create-only documents). In Azure they are two containers.
/// </summary>
public sealed record BotStores(IStorage State, IStorage Archive);
