namespace AllianceBot.Dialogs.Turns;

/// <summary>
/// Keeps a typing indicator showing while slow work runs (an LLM call): Teams hides it after a few
/// seconds, so it is sent again every <c>interval</c> until the work is done.
/// </summary>
public static class TypingIndicator
{
    public static async Task<T> WhileAsync<T>(ITurnContext turnContext, Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(work);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(turnContext, interval ?? TimeSpan.FromSeconds(3), stop.Token, cancellationToken);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    /// <param name="stop">Ends the repeats; a send already under way finishes (with <paramref name="turn"/>), so fast work
    /// does not abort the first indicator half-way through its request.</param>
    private static async Task KeepTypingAsync(ITurnContext turnContext, TimeSpan interval, CancellationToken stop, CancellationToken turn)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await turnContext.SendTypingAsync(turn).ConfigureAwait(false);
                await Task.Delay(interval, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception)
        {
            // A lost typing indicator must never fail the work it decorates.
        }
    }
}
