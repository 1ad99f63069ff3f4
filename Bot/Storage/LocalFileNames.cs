using System.Security.Cryptography;
using System.Text;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Maps storage keys to paths under a root folder. Every key segment is escaped to [A-Za-z0-9_-%]
/// plus "~XX" escapes, so no segment can be '.', '..', a Windows device or stream name, or end in
/// a dot. Documents, locks and temp files carry suffixes ("~doc", "~lock", "~tmp") that an
/// escaped segment can never end with, so key "a" (a document) and key "a/b" (a folder "a")
/// never collide. Long segments are hashed; the real key lives in the document's header.
/// </summary>
internal static class LocalFileNames
{
    public const string DocumentSuffix = "~doc";
    public const string LockSuffix = "~lock";
    public const string TempMarker = "~tmp";

    // Leaves room for the suffixes under the usual 255-byte file name limit.
    private const int MaxSegmentLength = 180;

    public static string Escape(string segment)
    {
        var builder = new StringBuilder(segment.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '%')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('~').Append(b.ToString("X2"));
            }
        }
        if (builder.Length <= MaxSegmentLength)
        {
            return builder.ToString();
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(segment)), 0, 20);
        return "~H" + hash;
    }

    /// <summary>The folder and escaped file stem of a key, checked to stay under <paramref name="root"/>.</summary>
    public static (string Folder, string Stem) Locate(string root, string key)
    {
        StorageKey.EnsureSafe(key);
        var segments = key.Split('/');
        var folder = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            folder = Path.Combine(folder, Escape(segments[i]));
        }
        var stem = Escape(segments[^1]);
        EnsureUnder(root, Path.Combine(folder, stem));
        return (folder, stem);
    }

    /// <summary>The folder holding every key that starts with the prefix's complete segments.</summary>
    public static string FolderForPrefix(string root, string prefix)
    {
        StorageKey.EnsureSafePrefix(prefix);
        var slash = prefix.LastIndexOf('/');
        if (slash < 0)
        {
            return root;
        }
        var folder = root;
        foreach (var segment in prefix[..slash].Split('/'))
        {
            folder = Path.Combine(folder, Escape(segment));
        }
        EnsureUnder(root, folder);
        return folder;
    }

    private static void EnsureUnder(string root, string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != root)
        {
            throw new ArgumentException("The storage key leaves the storage folder.", "key");
        }
    }
}
