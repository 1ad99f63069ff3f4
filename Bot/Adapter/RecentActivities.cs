using System.Collections.Concurrent;

namespace AllianceBot.Bot.Adapter;

/// <summary>
/// The in-process half of de-duplication: activity ids seen in the last few minutes, bounded in
/// size. Teams redelivers an activity when the first delivery took too long (about 15 s); the
/// durable half (<see cref="ProcessedActivities"/> in the conversation state) covers restarts and
/// other instances.
/// </summary>
public sealed class RecentActivities(TimeProvider time)
{
    private const int Capacity = 10_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <returns>False when the key was seen recently (a duplicate).</returns>
    public bool TryBegin(string key)
    {
        var now = time.GetUtcNow();
        if (_seen.Count >= Capacity)
        {
            Prune(now);
        }
        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                return true;
            }
            if (_seen.TryGetValue(key, out var seenAt) && now - seenAt < Lifetime)
            {
                return false;
            }
            // Expired: take it over, unless another caller just did.
            if (_seen.TryUpdate(key, now, seenAt))
            {
                return true;
            }
        }
    }

    /// <summary>Lets a redelivery through again (the turn could not be completed).</summary>
    public void Forget(string key) => _seen.TryRemove(key, out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, seenAt) in _seen)
        {
            if (now - seenAt >= Lifetime)
            {
                _seen.TryRemove(key, out _);
            }
        }
        // Still full of fresh entries (a flood): drop the oldest half rather than grow without bound.
        if (_seen.Count >= Capacity)
        {
            foreach (var (key, _) in _seen.OrderBy(p => p.Value).Take(Capacity / 2))
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
