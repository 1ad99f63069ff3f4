using System.Buffers;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.State;

/// <summary>
/// One state document as loaded in a turn: the stored JSON, its ETag, and the typed property values
/// handed out during the turn (written back into the JSON at save).
/// </summary>
/// <remarks>
/// Every turn loads and saves this document, so it avoids a
/// JSON DOM: a stored property stays a slice of the loaded bytes until it is asked for, and a save
/// writes the typed values straight into one writer, copying untouched properties as they were.
/// </remarks>
internal sealed class CachedBotState
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = BotJson.Options.Encoder,
        MaxDepth = BotJson.Options.MaxDepth,
    };

    private const int MaxRetainedBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly Dictionary<string, (object Value, Type Type)> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _stored = new(StringComparer.Ordinal);

    // Property order in the saved document: the stored ones as they were, then new ones as first set.
    private readonly List<string> _order = [];

    /// <param name="verified">False for a copy the store was not asked about (<see cref="BotState.LoadOwnCopyAsync"/>).</param>
    public CachedBotState(string key, StorageItem? item, bool verified)
    {
        Key = key;
        ETag = item?.ETag;
        Verified = verified;
        // Stored content is never changed in place (stores hand out their own copy or an immutable
        // version), so the slices can point into it instead of a copy made on every turn.
        LoadedBytes = item?.Content ?? ReadOnlyMemory<byte>.Empty;
        ReadProperties(LoadedBytes);
    }

    public string Key { get; }
    public string? ETag { get; private set; }
    public ReadOnlyMemory<byte> LoadedBytes { get; private set; }

    /// <summary>True once the store has confirmed this version: read from it, saved over it, or checked.</summary>
    public bool Verified { get; private set; }

    /// <summary>True once the turn asked for a save (the bot's end-of-turn save), whether or not anything had changed.</summary>
    public bool SaveRequested { get; set; }

    public T GetOrCreate<T>(string name, Func<T> factory) where T : class
    {
        if (_live.TryGetValue(name, out var live))
        {
            return (T)live.Value;
        }
        var value = _stored.TryGetValue(name, out var raw)
            ? JsonSerializer.Deserialize<T>(raw.Span, BotJson.Options) ?? factory()
            : factory();
        Track(name);
        _live[name] = (value, typeof(T));
        return value;
    }

    public void Set<T>(string name, T value) where T : class
    {
        Track(name);
        _live[name] = (value, typeof(T));
    }

    public void Remove(string name)
    {
        _live.Remove(name);
        _stored.Remove(name);
        _order.Remove(name);
    }

    public void Clear()
    {
        _live.Clear();
        _stored.Clear();
        _order.Clear();
    }

    /// <summary>The document as it would be saved now, or null when that is what was loaded (or last saved).</summary>
    /// <remarks>
    /// Every turn serializes (and most find a change), so the JSON goes into a buffer reused by this
    /// thread and is copied out only when it changed. Nothing awaits between writing and copying, so
    /// the buffer is never shared.
    /// </remarks>
    public byte[]? SerializeIfChanged(bool force = false)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var name in _order)
        {
            if (_live.TryGetValue(name, out var live))
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, live.Value, live.Type, BotJson.Options);
            }
            else if (_stored.TryGetValue(name, out var raw))
            {
                writer.WritePropertyName(name);
                // Validated when loaded; written by this class in the first place.
                writer.WriteRawValue(raw.Span, skipInputValidation: true);
            }
        }
        writer.WriteEndObject();
        writer.Flush();
        var written = buffer.WrittenSpan;
        var changed = force || !written.SequenceEqual(LoadedBytes.Span);
        var bytes = changed ? written.ToArray() : null;
        if (buffer.Capacity > MaxRetainedBytes)
        {
            // One unusually large document must not stay pinned to a pool thread for good.
            (t_buffer, t_writer) = (null, null);
        }
        return bytes;
    }

    public void MarkSaved(byte[] bytes, string? etag)
    {
        LoadedBytes = bytes;
        ETag = etag;
        // The save was conditional on the loaded ETag, so that version was the current one.
        Verified = true;
    }

    public void MarkVerified() => Verified = true;

    private void Track(string name)
    {
        if (!_live.ContainsKey(name) && !_stored.ContainsKey(name))
        {
            _order.Add(name);
        }
    }

    /// <summary>
    /// Indexes the top-level properties of a stored object. Reads the whole document, so malformed JSON
    /// throws <see cref="JsonException"/> here, at load, where the adapter discards it; a document that
    /// is valid JSON but not an object counts as empty.
    /// </summary>
    private void ReadProperties(ReadOnlyMemory<byte> content)
    {
        if (content.Length == 0)
        {
            return;
        }
        var reader = new Utf8JsonReader(content.Span, new JsonReaderOptions { MaxDepth = BotJson.Options.MaxDepth });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
        }
        else
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                if (_stored.TryAdd(name, content.Slice(start, end - start)))
                {
                    _order.Add(name);
                }
                else
                {
                    _stored[name] = content.Slice(start, end - start);
                }
            }
        }
        if (reader.Read())
        {
            throw new JsonException("The state document has content after its root value.");
        }
    }
}
