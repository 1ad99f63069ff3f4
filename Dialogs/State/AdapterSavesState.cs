namespace AllianceBot.Dialogs.State;

/// <summary>
/// Put in a turn's state by an adapter that saves conversation state itself once the bot is done
/// (the CloudAdapter does, after recording the activity id). The bot's own end-of-turn save is then
/// skipped: it would only serialize the same document a second time.
/// </summary>
public sealed class AdapterSavesState
{
    public static readonly AdapterSavesState Instance = new();

    private AdapterSavesState()
    {
    }
}
