using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// One entry of the state journal: a document as written (or its deletion). On disk: a magic
/// number, the payload's length and CRC-32, then the payload (a length-prefixed JSON header and
/// the content). The checksum is what lets replay tell a record that reached the disk from the
/// torn tail of a write the machine never finished.
/// </summary>
internal static class JournalRecord
{
    private static ReadOnlySpan<byte> Magic => "ABJ1"u8;
    private const int PrefixLength = 12;
    private const int MaxHeaderBytes = 64 * 1024;

    internal sealed record Header(string Key, string ETag, DateTimeOffset Modified, Dictionary<string, string> Metadata, bool Deleted);

    internal sealed record Entry(Header Header, byte[] Content);

    public static byte[] Encode(Header header, ReadOnlySpan<byte> content)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(header, LocalJson.Default.JournalHeader);
        var payloadLength = 4 + json.Length + content.Length;
        var buffer = new byte[PrefixLength + payloadLength];
        var payload = buffer.AsSpan(PrefixLength);
        BinaryPrimitives.WriteInt32LittleEndian(payload, json.Length);
        json.CopyTo(payload[4..]);
        content.CopyTo(payload[(4 + json.Length)..]);
        Magic.CopyTo(buffer);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(4), payloadLength);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(8), Crc32.HashToUInt32(payload));
        return buffer;
    }

    /// <summary>
    /// Every whole record from the start of a journal file, in order; stops at the first record that
    /// is incomplete or fails its checksum (a write cut off by a crash was never acknowledged).
    /// </summary>
    public static List<Entry> ReadAll(SafeFileHandle handle)
    {
        var entries = new List<Entry>();
        var length = RandomAccess.GetLength(handle);
        var prefix = new byte[PrefixLength];
        long offset = 0;
        while (offset + PrefixLength <= length)
        {
            if (RandomAccess.Read(handle, prefix, offset) != PrefixLength || !prefix.AsSpan(0, 4).SequenceEqual(Magic))
            {
                break;
            }
            var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(4));
            if (payloadLength < 4 || offset + PrefixLength + payloadLength > length)
            {
                break;
            }
            var payload = new byte[payloadLength];
            if (ReadFully(handle, payload, offset + PrefixLength) != payloadLength
                || Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(prefix.AsSpan(8))
                || Decode(payload) is not { } entry)
            {
                break;
            }
            entries.Add(entry);
            offset += PrefixLength + payloadLength;
        }
        return entries;
    }

    private static Entry? Decode(byte[] payload)
    {
        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(payload);
        if (jsonLength is <= 0 or > MaxHeaderBytes || 4 + jsonLength > payload.Length)
        {
            return null;
        }
        var header = JsonSerializer.Deserialize(payload.AsSpan(4, jsonLength), LocalJson.Default.JournalHeader);
        return header is null ? null : new Entry(header, payload.AsSpan(4 + jsonLength).ToArray());
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
