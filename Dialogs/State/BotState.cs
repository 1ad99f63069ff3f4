using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.State;

/// <summary>
/// A state document per scope (conversation, user), loaded once per turn and saved only when it
/// changed, with the ETag read at load: a concurrent writer makes the save throw
/// <see cref="StorageConflictException"/> instead of silently overwriting an answer.
/// </summary>
public abstract class BotState(IStorage storage, string stateName)
{
    private readonly string _cacheKey = "BotState:" + stateName;

    protected IStorage Storage { get; } = storage ?? throw new ArgumentNullException(nameof(storage));

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) where T : class
        => new StatePropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not null)
        {
            return;
        }
        var key = GetStorageKey(turnContext);
        var item = await Storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(_cacheKey, new CachedBotState(key, item));
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not { } cached)
        {
            return;
        }
        if (cached.SerializeIfChanged(force) is not { } bytes)
        {
            return;
        }
        var etag = await Storage.WriteAsync(cached.Key, bytes, WriteCondition.ForVersion(cached.ETag), null, cancellationToken).ConfigureAwait(false);
        cached.MarkSaved(bytes, etag);
    }

    /// <summary>The bot's save at the end of its turn, unless the adapter saves after it (<see cref="AdapterSavesState"/>).</summary>
    public Task SaveTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<AdapterSavesState>() is not null
            ? Task.CompletedTask
            : SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <summary>Empties the state in this turn; the next save writes the empty document.</summary>
    public void Clear(ITurnContext turnContext)
        => turnContext.TurnState.Get<CachedBotState>(_cacheKey)?.Clear();

    /// <summary>Forgets what was loaded in this turn, so the next load reads the store again.</summary>
    public void Forget(ITurnContext turnContext) => turnContext.TurnState.Remove(_cacheKey);

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var key = GetStorageKey(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
        await Storage.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    private async Task<CachedBotState> CachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedBotState>(_cacheKey)!;
    }

    private sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T> where T : class
    {
        public string Name { get; } = name;

        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
            => (await state.CachedAsync(turnContext, cancellationToken).ConfigureAwait(false)).GetOrCreate(Name, defaultValueFactory);

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
            => (await state.CachedAsync(turnContext, cancellationToken).ConfigureAwait(false)).Set(Name, value);

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
            => (await state.CachedAsync(turnContext, cancellationToken).ConfigureAwait(false)).Remove(Name);
    }
}
