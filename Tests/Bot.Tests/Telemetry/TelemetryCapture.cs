using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllianceBot.Bot.Tests.Telemetry;

/// <summary>
/// In-memory exporters (the test's own; OpenTelemetry.Exporter.InMemory would keep pooled objects) for all three signals that write each exported item down as text at export
/// time (log records are pooled and reused after export, so they cannot be kept as objects).
/// </summary>
public sealed class TelemetryCapture
{
    private readonly List<string> _spans = [];
    private readonly List<string> _metrics = [];
    private readonly List<string> _logs = [];

    public IReadOnlyList<string> Spans => Copy(_spans);
    public IReadOnlyList<string> Metrics => Copy(_metrics);
    public IReadOnlyList<string> Logs => Copy(_logs);
    public IEnumerable<string> Everything => [.. Spans, .. Metrics, .. Logs];

    public void AddTo(IOpenTelemetryBuilder builder)
    {
        builder.WithTracing(t => t.AddProcessor(new SimpleActivityExportProcessor(new Exporter<Activity>(this, Describe))));
        builder.WithMetrics(m => m.AddReader(new PeriodicExportingMetricReader(new Exporter<Metric>(this, Describe), exportIntervalMilliseconds: 60_000)));
        builder.WithLogging(l => l.AddProcessor(new SimpleLogRecordExportProcessor(new Exporter<LogRecord>(this, Describe))));
    }

    private static IReadOnlyList<string> Copy(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    private void Add(string line, object item)
    {
        var list = item switch { Activity => _spans, Metric => _metrics, _ => _logs };
        lock (list)
        {
            list.Add(line);
        }
    }

    private static string Describe(Activity span)
    {
        var text = new StringBuilder($"{span.DisplayName} [{span.Kind}] status={span.Status} {span.StatusDescription}");
        foreach (var (key, value) in span.TagObjects)
        {
            text.Append(CultureInfo.InvariantCulture, $" {key}={value}");
        }
        foreach (var e in span.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $" event {e.Name}");
            foreach (var (key, value) in e.Tags)
            {
                text.Append(CultureInfo.InvariantCulture, $" {key}={value}");
            }
        }
        foreach (var (key, value) in span.Baggage)
        {
            text.Append(CultureInfo.InvariantCulture, $" baggage {key}={value}");
        }
        return text.ToString();
    }

    private static string Describe(Metric metric)
    {
        var text = new StringBuilder($"{metric.Name} ({metric.Unit}) {metric.Description}:");
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            text.Append(" {");
            foreach (var (key, tag) in point.Tags)
            {
                text.Append(CultureInfo.InvariantCulture, $" {key}={tag}");
            }
            var value = metric.MetricType switch
            {
                MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong().ToString(CultureInfo.InvariantCulture),
                MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble().ToString(CultureInfo.InvariantCulture),
                MetricType.Histogram => $"count={point.GetHistogramCount()} sum={point.GetHistogramSum().ToString(CultureInfo.InvariantCulture)}",
                MetricType.LongGauge => point.GetGaugeLastValueLong().ToString(CultureInfo.InvariantCulture),
                MetricType.DoubleGauge => point.GetGaugeLastValueDouble().ToString(CultureInfo.InvariantCulture),
                _ => "?",
            };
            text.Append(CultureInfo.InvariantCulture, $" value={value} }}");
        }
        return text.ToString();
    }

    private static string Describe(LogRecord log)
    {
        var text = new StringBuilder($"{log.LogLevel} {log.CategoryName} [{log.EventId}] body={log.Body} message={log.FormattedMessage}");
        foreach (var (key, value) in log.Attributes ?? [])
        {
            text.Append(CultureInfo.InvariantCulture, $" {key}={value}");
        }
        if (log.Exception is { } exception)
        {
            text.Append(CultureInfo.InvariantCulture, $" exception={exception}");
        }
        log.ForEachScope((scope, state) =>
        {
            foreach (var (key, value) in scope)
            {
                state.Append(CultureInfo.InvariantCulture, $" scope {key}={value}");
            }
        }, text);
        return text.ToString();
    }

    private sealed class Exporter<T>(TelemetryCapture capture, Func<T, string> describe) : BaseExporter<T> where T : class
    {
        public override ExportResult Export(in Batch<T> batch)
        {
            foreach (var item in batch)
            {
                capture.Add(describe(item), item);
            }
            return ExportResult.Success;
        }
    }
}
