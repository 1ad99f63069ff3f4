using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.State;

/// <summary>
/// One state document as loaded in a turn: the stored JSON, its ETag, and the typed property values
/// handed out during the turn (written back into the JSON at save).
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, (object Value, Type Type)> _live = new(StringComparer.Ordinal);

    public CachedBotState(string key, StorageItem? item)
    {
        Key = key;
        ETag = item?.ETag;
        LoadedBytes = item?.Content.ToArray() ?? [];
        Document = item is null || item.Content.IsEmpty
            ? []
            : JsonNode.Parse(item.Content.Span) as JsonObject ?? [];
    }

    public string Key { get; }
    public string? ETag { get; private set; }
    public byte[] LoadedBytes { get; private set; }
    public JsonObject Document { get; private set; }

    public T GetOrCreate<T>(string name, Func<T> factory) where T : class
    {
        if (_live.TryGetValue(name, out var live))
        {
            return (T)live.Value;
        }
        var value = Document[name] is { } node ? node.Deserialize<T>(BotJson.Options) ?? factory() : factory();
        _live[name] = (value, typeof(T));
        return value;
    }

    public void Set<T>(string name, T value) where T : class => _live[name] = (value, typeof(T));

    public void Remove(string name)
    {
        _live.Remove(name);
        Document.Remove(name);
    }

    public void Clear()
    {
        _live.Clear();
        Document = [];
    }

    public byte[] Serialize()
    {
        foreach (var (name, (value, type)) in _live)
        {
            Document[name] = JsonSerializer.SerializeToNode(value, type, BotJson.Options);
        }
        return JsonSerializer.SerializeToUtf8Bytes(Document, BotJson.Options);
    }

    public void MarkSaved(byte[] bytes, string? etag)
    {
        LoadedBytes = bytes;
        ETag = etag;
    }
}
