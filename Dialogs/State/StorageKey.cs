using System.Text;

namespace AllianceBot.Dialogs.State;

/// <summary>
/// Builds storage keys from values that may come from users or channels (Teams ids hold ':', ';'
/// and '@'). Each segment is percent-encoded so it can never add a '/' or form '..'.
/// </summary>
public static class StorageKey
{
    public static string Segment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "%00";
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }
        return builder.ToString();
    }

    public static string Join(params string[] segments) => string.Join('/', segments.Select(Segment));

    /// <summary>True for keys a backend may use: relative, no empty, '.' or '..' segments, no control characters or backslashes.</summary>
    public static bool IsSafe(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 1024 || key[0] == '/' || key.Contains('\\'))
        {
            return false;
        }
        foreach (var c in key)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }
        foreach (var part in key.Split('/'))
        {
            if (part.Length == 0 || part == "." || part == "..")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True for list prefixes: empty (everything), or a safe key with its last segment possibly
    /// partial or empty ("debriefs/p/2026/11/").
    /// </summary>
    public static bool IsSafePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return true;
        }
        // A placeholder completes the last segment, so "a/" and "a/.." are checked as "a/x" and "a/..x".
        return IsSafe(prefix + "x");
    }

    public static void EnsureSafePrefix(string prefix)
    {
        if (!IsSafePrefix(prefix))
        {
            throw new ArgumentException("The storage prefix is not a safe relative path.", nameof(prefix));
        }
    }

    public static void EnsureSafe(string key)
    {
        if (!IsSafe(key))
        {
            throw new ArgumentException("The storage key is not a safe relative path.", nameof(key));
        }
    }
}
