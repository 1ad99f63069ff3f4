using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// One document file: a magic number, a length-prefixed JSON header (key, ETag, time, metadata)
/// and the content. Keeping all of it in one file makes a write one atomic rename, and listing
/// reads only the header.
/// </summary>
/// <remarks>
/// Plain synchronous handles on purpose: on Unix "asynchronous" file I/O is the same system call
/// run on another thread pool thread, which only added hand-offs to every turn.
/// </remarks>
internal static class LocalDocument
{
    private static ReadOnlySpan<byte> Magic => "ABD1"u8;
    private const int PrefixLength = 8;
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Most headers and state documents fit: one read system call instead of two.</summary>
    private const int FirstReadBytes = 16 * 1024;

    internal sealed record Header(string Key, string ETag, DateTimeOffset Modified, Dictionary<string, string> Metadata);

    internal sealed record Document(FileVersion Version, Header Header, byte[]? Content);

    /// <summary>Creates the file (it must not exist); durable on return when <paramref name="flush"/> is set.</summary>
    public static FileVersion Write(string path, Header header, ReadOnlySpan<byte> content, bool flush)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(header, LocalJson.Default.Header);
        var buffer = new byte[PrefixLength + json.Length + content.Length];
        Magic.CopyTo(buffer);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(Magic.Length), json.Length);
        json.CopyTo(buffer.AsSpan(PrefixLength));
        content.CopyTo(buffer.AsSpan(PrefixLength + json.Length));
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, buffer, 0);
        if (flush)
        {
            RandomAccess.FlushToDisk(handle);
        }
        return FileVersion.Of(handle);
    }

    /// <summary>The header and, when asked, the content; null when the file does not exist.</summary>
    public static Document? Read(string path, bool withContent)
    {
        SafeFileHandle handle;
        try
        {
            // Delete sharing lets a concurrent writer replace the file while it is being read (Windows).
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        using (handle)
        {
            var version = FileVersion.Of(handle);
            var first = new byte[(int)Math.Min(version.Length, withContent ? Math.Max(FirstReadBytes, version.Length) : FirstReadBytes)];
            var read = ReadFully(handle, first, 0);
            if (read < PrefixLength)
            {
                throw new InvalidDataException($"'{path}' is not a storage document.");
            }
            var length = BinaryPrimitives.ReadInt32LittleEndian(first.AsSpan(Magic.Length));
            if (!first.AsSpan(0, Magic.Length).SequenceEqual(Magic) || length is <= 0 or > MaxHeaderBytes || PrefixLength + length > version.Length)
            {
                throw new InvalidDataException($"'{path}' is not a storage document.");
            }
            var json = PrefixLength + length <= read ? first.AsSpan(PrefixLength, length) : ReadRange(handle, PrefixLength, length);
            var header = JsonSerializer.Deserialize(json, LocalJson.Default.Header)
                ?? throw new InvalidDataException($"'{path}' has no header.");
            if (!withContent)
            {
                return new Document(version, header, null);
            }
            var contentStart = PrefixLength + length;
            var content = read == version.Length
                ? first.AsSpan(contentStart, read - contentStart).ToArray()
                : ReadRange(handle, contentStart, (int)(version.Length - contentStart)).ToArray();
            return new Document(version, header, content);
        }
    }

    private static Span<byte> ReadRange(SafeFileHandle handle, long offset, int length)
    {
        var buffer = new byte[length];
        if (ReadFully(handle, buffer, offset) != length)
        {
            throw new InvalidDataException("A storage document ended early.");
        }
        return buffer;
    }

    private static int ReadFully(SafeFileHandle handle, byte[] buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(total), offset + total);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return total;
    }
}
