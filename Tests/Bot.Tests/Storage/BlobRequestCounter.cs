using System.Collections.Concurrent;
using Azure.Core;
using AllianceBot.Bot.Tests.Support;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>
/// Counts the Blob requests that reach the wire (retries included), by kind: method, container and
/// operation, e.g. "GET botstate blob 304". What a turn costs the store is the figure to keep small.
/// </summary>
internal sealed class BlobRequestCounter : AfterResponsePolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total => _counts.Values.Sum();

    public IReadOnlyDictionary<string, int> Snapshot() => new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();

    public int Count(Func<string, bool> kind) => _counts.Where(c => kind(c.Key)).Sum(c => c.Value);

    protected override ValueTask OnResponseAsync(HttpMessage message)
    {
        Record(message);
        return ValueTask.CompletedTask;
    }

    private void Record(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        // Path: /account/container[/blob]; the query names container and listing operations.
        var segments = uri.AbsolutePath.Split('/', 4, StringSplitOptions.RemoveEmptyEntries);
        var container = segments.Length > 1 ? segments[1] : "-";
        // Client markers share the archive container with the debriefs: told apart by name.
        var target = uri.Query.Contains("comp=list", StringComparison.Ordinal) ? "list"
            : uri.Query.Contains("restype=container", StringComparison.Ordinal) ? "container"
            : segments.Length > 2 && uri.AbsolutePath.Contains("/clients/", StringComparison.Ordinal) ? "marker"
            : "blob";
        var status = message.HasResponse ? message.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
        _counts.AddOrUpdate($"{message.Request.Method} {container} {target} {status}", 1, (_, n) => n + 1);
    }
}
