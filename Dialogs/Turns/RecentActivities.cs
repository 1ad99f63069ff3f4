using System.Collections.Concurrent;

namespace AllianceBot.Dialogs.Turns;

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
    private readonly Lock _pruning = new();

    // ConcurrentDictionary.Count takes every bucket lock; on every turn that was contention.
    private int _count;

    /// <returns>False when the key was seen recently (a duplicate).</returns>
    public bool TryBegin(string key)
    {
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _count) >= Capacity)
        {
            Prune(now);
        }
        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                Interlocked.Increment(ref _count);
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
    public void Forget(string key) => Remove(key);

    private void Remove(string key)
    {
        if (_seen.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    // One pruner at a time, working on an atomic snapshot: sorting the live dictionary while other
    // turns add and remove keys once handed back empty slots (null keys) under load.
    private void Prune(DateTimeOffset now)
    {
        if (!_pruning.TryEnter())
        {
            return;
        }
        try
        {
            if (Volatile.Read(ref _count) < Capacity)
            {
                return;
            }
            var snapshot = _seen.ToArray();
            foreach (var (key, seenAt) in snapshot)
            {
                if (now - seenAt >= Lifetime)
                {
                    Remove(key);
                }
            }
            // Still full of fresh entries (a flood): drop the oldest half rather than grow without bound.
            if (Volatile.Read(ref _count) >= Capacity)
            {
                Array.Sort(snapshot, static (a, b) => a.Value.CompareTo(b.Value));
                foreach (var (key, _) in snapshot.AsSpan(0, Math.Min(Capacity / 2, snapshot.Length)))
                {
                    Remove(key);
                }
            }
        }
        finally
        {
            _pruning.Exit();
        }
    }
}
