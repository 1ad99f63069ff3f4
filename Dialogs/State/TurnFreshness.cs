namespace AllianceBot.Dialogs.State;

/// <summary>
/// The check a turn in progress must pass before it changes a document other than its own
/// conversation state: that it runs on the current version of that state. A turn started from this
/// process's own copy (<see cref="IKeepsOwnCopies"/>) could otherwise archive a debrief that another
/// instance had already discarded; its own save would fail, but the archive write would stand.
/// Carried by the async flow (like <c>Activity.Current</c>), so every store of the turn sees it
/// without each caller passing it on; work the turn leaves running in the background finds it ended.
/// </summary>
public static class TurnFreshness
{
    private static readonly AsyncLocal<Scope?> s_current = new();

    /// <summary>Makes <paramref name="ensureCurrent"/> the check of the turn that runs until the result is disposed.</summary>
    public static IDisposable Begin(Func<CancellationToken, Task> ensureCurrent)
    {
        ArgumentNullException.ThrowIfNull(ensureCurrent);
        var scope = new Scope(ensureCurrent, s_current.Value);
        s_current.Value = scope;
        return scope;
    }

    /// <summary>
    /// Throws <see cref="StaleTurnException"/> when the turn in progress ran on a version of its
    /// state that is no longer the stored one (the adapter then runs it again on the current one).
    /// Outside a turn, nothing to check.
    /// </summary>
    public static Task EnsureAsync(CancellationToken cancellationToken)
        => s_current.Value is { Ended: false } scope ? scope.EnsureCurrent(cancellationToken) : Task.CompletedTask;

    private sealed class Scope(Func<CancellationToken, Task> ensureCurrent, Scope? outer) : IDisposable
    {
        public Func<CancellationToken, Task> EnsureCurrent { get; } = ensureCurrent;

        // Read from flows the turn started, which keep this scope after the turn has returned.
        public bool Ended => Volatile.Read(ref _ended);

        private bool _ended;

        public void Dispose()
        {
            Volatile.Write(ref _ended, true);
            if (s_current.Value == this)
            {
                s_current.Value = outer;
            }
        }
    }
}
