using System.Collections.Concurrent;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Tests.Model;

/// <summary>Records proactive sends instead of delivering them, so a test can wait for a follow-up.</summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(string UserKey, Activity Activity)> _sent = new();

    public IReadOnlyList<(string UserKey, Activity Activity)> Sent => [.. _sent];

    public Task<bool> SendToUserAsync(string userKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            _sent.Enqueue((userKey, activity));
        }
        return Task.FromResult(true);
    }

    public async Task<Activity> WaitForOneAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_sent.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.False(_sent.IsEmpty, "Expected a proactive follow-up, none was sent.");
        return _sent.First().Activity;
    }
}
