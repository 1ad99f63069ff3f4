using System.Collections.Concurrent;
using System.Diagnostics;

namespace AllianceBot.Load;

/// <summary>What one run measured. Recording starts after the warm-up, so JIT and first connections do not count.</summary>
public sealed class LoadStats
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _byStep = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, long> _statuses = new();
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _recordingSince;
    private long _recordingUntil;
    private long _turns;

    public bool Recording => Volatile.Read(ref _recordingSince) != 0 && Volatile.Read(ref _recordingUntil) == 0;

    public void StartRecording() => Volatile.Write(ref _recordingSince, Stopwatch.GetTimestamp());

    public void StopRecording() => Volatile.Write(ref _recordingUntil, Stopwatch.GetTimestamp());

    /// <param name="step">What the turn was in the script (a confirm, a card submit): the tail differs by step.</param>
    public void Turn(int status, double latencyMs, string step)
    {
        if (!Recording)
        {
            return;
        }
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        _latenciesMs.Enqueue(latencyMs);
        _byStep.GetOrAdd(step, _ => new ConcurrentQueue<double>()).Enqueue(latencyMs);
        Interlocked.Increment(ref _turns);
    }

    /// <summary>Errors count during the warm-up too: a failure is a failure.</summary>
    public void Error(string kind, int? status = null)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (status is { } s && Recording)
        {
            _statuses.AddOrUpdate(s, 1, (_, n) => n + 1);
        }
    }

    public LoadResult Result(string name, double peakMb, long lateReplies, long unrouted)
    {
        var seconds = Stopwatch.GetElapsedTime(_recordingSince, _recordingUntil == 0 ? Stopwatch.GetTimestamp() : _recordingUntil).TotalSeconds;
        var sorted = _latenciesMs.ToArray();
        Array.Sort(sorted);
        var errors = new Dictionary<string, long>(_errors);
        if (lateReplies > 0)
        {
            errors["late reply"] = lateReplies;
        }
        if (unrouted > 0)
        {
            errors["unrouted reply"] = unrouted;
        }
        return new LoadResult(name, Interlocked.Read(ref _turns), seconds, Percentile(sorted, 50), Percentile(sorted, 90), Percentile(sorted, 99),
            sorted.Length > 0 ? sorted[^1] : 0, new SortedDictionary<int, long>(_statuses), errors, peakMb)
        {
            Steps = _byStep.Select(s => StepLatency.Of(s.Key, s.Value.ToArray())).OrderByDescending(s => s.P99).ToList(),
        };
    }

    internal static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

public sealed record LoadResult(string Name, long Turns, double Seconds, double P50, double P90, double P99, double Max,
    IReadOnlyDictionary<int, long> Statuses, IReadOnlyDictionary<string, long> Errors, double PeakMb)
{
    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public long ErrorCount => Errors.Values.Sum();

    /// <summary>CPU the server used while measuring.</summary>
    public double CpuSeconds { get; init; }

    public double CpuMsPerTurn => Turns > 0 ? CpuSeconds * 1000 / Turns : 0;

    /// <summary>Replies the sink received while measuring: each is an HTTP request both sides pay for.</summary>
    public long Replies { get; init; }

    public double RepliesPerTurn => Turns > 0 ? (double)Replies / Turns : 0;

    /// <summary>Console log lines the server wrote while measuring (each costs formatting and a pipe write).</summary>
    public long LogLines { get; init; }

    public double LogLinesPerTurn => Turns > 0 ? (double)LogLines / Turns : 0;

    /// <summary>Latency per script step, slowest p99 first.</summary>
    public IReadOnlyList<StepLatency> Steps { get; init; } = [];
}

public sealed record StepLatency(string Step, int Turns, double P50, double P99, double Max)
{
    public static StepLatency Of(string step, double[] latenciesMs)
    {
        Array.Sort(latenciesMs);
        return new(step, latenciesMs.Length, LoadStats.Percentile(latenciesMs, 50), LoadStats.Percentile(latenciesMs, 99),
            latenciesMs.Length > 0 ? latenciesMs[^1] : 0);
    }
}
