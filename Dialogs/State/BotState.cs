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
        turnContext.TurnState.Set(_cacheKey, new CachedBotState(key, item, verified: true));
    }

    /// <summary>
    /// Loads this process's own copy of the document when the store keeps one (<see cref="IKeepsOwnCopies"/>),
    /// without asking the store; otherwise reads it as <see cref="LoadAsync"/> does. The turn then
    /// runs unverified until its save succeeds or <see cref="EnsureCurrentAsync"/> passes.
    /// </summary>
    public Task LoadOwnCopyAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = GetStorageKey(turnContext);
        if (Storage is not IKeepsOwnCopies copies || copies.OwnCopy(key) is not { } own)
        {
            return LoadAsync(turnContext, force: true, cancellationToken);
        }
        turnContext.TurnState.Set(_cacheKey, new CachedBotState(key, own, verified: false));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Asks the store whether the version this turn loaded is still the stored one, and throws
    /// <see cref="StaleTurnException"/> when it is not (the turn runner then runs the turn again on the
    /// stored version). A step that is about to change something outside its conversation (archive a
    /// debrief, delete one) calls this first, so a turn started from a stale own copy changes nothing
    /// there. Free when the turn read the store or has saved since (its save was conditional on the
    /// ETag): only a turn started from an own copy asks, once, with a conditional read.
    /// </summary>
    public async Task EnsureCurrentAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not { Verified: false } cached)
        {
            return;
        }
        var stored = await Storage.ReadAsync(cached.Key, cancellationToken).ConfigureAwait(false);
        if (stored?.ETag != cached.ETag)
        {
            throw new StaleTurnException(cached.Key);
        }
        cached.MarkVerified();
    }

    /// <summary>
    /// Writes the document when it changed, conditional on the ETag it was loaded with: a concurrent
    /// writer makes this throw <see cref="StorageConflictException"/>. A bot calls this once, at the end
    /// of its turn; that is the turn's save (the turn runner saves only for a bot that never called it).
    /// </summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not { } cached)
        {
            return;
        }
        cached.SaveRequested = true;
        if (cached.SerializeIfChanged(force) is not { } bytes)
        {
            return;
        }
        var etag = await Storage.WriteAsync(cached.Key, bytes, WriteCondition.ForVersion(cached.ETag), null, cancellationToken).ConfigureAwait(false);
        cached.MarkSaved(bytes, etag);
    }

    /// <summary>True once <see cref="SaveChangesAsync"/> was called in this turn (whether or not it had anything to write).</summary>
    internal bool SaveRequested(ITurnContext turnContext)
        => turnContext.TurnState.Get<CachedBotState>(_cacheKey)?.SaveRequested == true;

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
