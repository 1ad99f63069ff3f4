using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Framework;

/// <summary>The dialogs that may run in one scope: the bot's root set, or a component's inner set.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog) && !ReferenceEquals(_dialogs[dialog.Id], dialog))
        {
            throw new InvalidOperationException($"A different dialog with id '{dialog.Id}' is already in the set.");
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var accessor = dialogState ?? throw new InvalidOperationException("This DialogSet has no state accessor; it belongs to a component.");
        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
