using AllianceBot.Dialogs.Telemetry;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AllianceBot.Bot.Telemetry;

public static class TelemetryRegistration
{
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces, metrics and logs: to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING
    /// is set, to an OTLP collector when OTEL_EXPORTER_OTLP_ENDPOINT is set (both may be), and nowhere
    /// otherwise: then no pipeline is built at all, and spans cost nothing. <paramref name="exporters"/>
    /// adds more (tests add in-memory exporters) and turns the pipeline on by itself.
    /// </summary>
    /// <remarks>
    /// Only the bot's own spans and ASP.NET Core's server spans are collected. HttpClient and the Azure
    /// SDK's instrumentation are left out on purpose: their URLs carry conversation ids (connector
    /// routes) and practitioner ids (blob names). The bot's own storage, model and connector spans
    /// cover those calls with kinds, outcomes and status codes instead.
    /// </remarks>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration,
        Action<IOpenTelemetryBuilder>? exporters = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var azureMonitor = configuration[AzureMonitorSetting];
        var otlp = configuration[OtlpSetting];
        var useAzureMonitor = !string.IsNullOrWhiteSpace(azureMonitor);
        var useOtlp = !string.IsNullOrWhiteSpace(otlp);
        if (!useAzureMonitor && !useOtlp && exporters is null)
        {
            return services;
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName: "AllianceBot", serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource(BotTracing.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Only the bot's API: health probes every minute would drown the turns, and any other
                    // path is a scanner's, whose URL can hold anything.
                    o.Filter = http => http.Request.Path.StartsWithSegments("/api");
                    o.RecordException = false;
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.Name)
                .AddAspNetCoreInstrumentation())
            // The exception's message can quote what the user typed: only its type and stack are exported.
            .WithLogging(logging => logging.AddProcessor(new ExceptionMessageRemover()), options =>
            {
                options.IncludeScopes = false;
                options.IncludeFormattedMessage = true;
            });
        if (useAzureMonitor)
        {
            builder.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = azureMonitor;
                // Every turn traced: a bot's traffic is modest, and the default rate limiter starts with an
                // empty budget, so the first turns after a start (the ones an operator checks) were dropped.
                o.SamplingRatio = 1.0F;
                o.TracesPerSecond = null;
            });
        }
        if (useOtlp)
        {
            builder.UseOtlpExporter();
        }
        exporters?.Invoke(builder);
        return services;
    }

    /// <summary>Which exporters the configuration turns on, for the startup log.</summary>
    public static string DescribeExporters(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]))
        {
            names.Add("Azure Monitor");
        }
        if (!string.IsNullOrWhiteSpace(configuration[OtlpSetting]))
        {
            names.Add("OTLP");
        }
        return names.Count == 0 ? "none" : string.Join(" and ", names);
    }
}
