using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace AllianceBot.Model.Tests;

/// <summary>Keeps every log entry with its structured values, so tests can check figures and the absence of text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Name ?? "", formatter(state, exception),
                values.ToDictionary(kv => kv.Key, kv => kv.Value)));
        }
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string EventName, string Message, IReadOnlyDictionary<string, object?> Values);
