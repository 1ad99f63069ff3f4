using Microsoft.Win32.SafeHandles;

namespace AllianceBot.Bot.Storage;

/// <summary>
/// Which version of a document file is on disk, from one stat: every write renames a new file into
/// place, so another size or modification time means another version. Two versions of one size
/// written within the file system's clock tick look the same, so this only decides whether a cached
/// copy may be read; a conditional write always checks the file itself.
/// </summary>
internal readonly record struct FileVersion(long Length, long ModifiedTicks)
{
    /// <summary>The version at a path, or null when there is no file.</summary>
    public static FileVersion? At(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileVersion(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public static FileVersion Of(SafeFileHandle handle)
        => new(RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle).Ticks);
}
