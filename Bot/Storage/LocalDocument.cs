using System.Buffers.Binary;
using System.Text.Json;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// One document file: a magic number, a length-prefixed JSON header (key, ETag, time, metadata)
/// and the content. Keeping all of it in one file makes a write one atomic rename, and listing
/// reads only the header.
/// </summary>
internal static class LocalDocument
{
    private static ReadOnlySpan<byte> Magic => "ABD1"u8;
    private const int MaxHeaderBytes = 64 * 1024;

    internal sealed record Header(string Key, string ETag, DateTimeOffset Modified, Dictionary<string, string> Metadata);

    public static async Task WriteAsync(string path, Header header, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(header, LocalJson.Default.Header);
        var prefix = new byte[Magic.Length + 4];
        Magic.CopyTo(prefix);
        BinaryPrimitives.WriteInt32LittleEndian(prefix.AsSpan(Magic.Length), json.Length);
        await using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        });
        await stream.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        // Durable before the rename makes it visible: a crash leaves the old or the new version, never a torn one.
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The header and, when asked, the content; null when the file does not exist.</summary>
    public static async Task<(Header Header, byte[]? Content)?> ReadAsync(string path, bool withContent, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            // Delete sharing lets a concurrent writer replace the file while it is being read (Windows).
            stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite | FileShare.Delete,
                Options = FileOptions.Asynchronous,
            });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        await using (stream.ConfigureAwait(false))
        {
            var prefix = new byte[Magic.Length + 4];
            await stream.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(Magic.Length));
            if (!prefix.AsSpan(0, Magic.Length).SequenceEqual(Magic) || length is <= 0 or > MaxHeaderBytes)
            {
                throw new InvalidDataException($"'{path}' is not a storage document.");
            }
            var json = new byte[length];
            await stream.ReadExactlyAsync(json, cancellationToken).ConfigureAwait(false);
            var header = JsonSerializer.Deserialize(json, LocalJson.Default.Header)
                ?? throw new InvalidDataException($"'{path}' has no header.");
            if (!withContent)
            {
                return (header, null);
            }
            var content = new byte[stream.Length - stream.Position];
            await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            return (header, content);
        }
    }
}
