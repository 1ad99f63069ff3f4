using System.Text.RegularExpressions;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Turns;

/// <summary>Normalises what the user typed before it is matched against commands.</summary>
public static partial class ActivityText
{
    /// <summary>The message text without Teams &lt;at&gt; mentions, trimmed.</summary>
    public static string TextWithoutMention(this Activity activity)
        => activity.Text is null ? string.Empty : AtMention().Replace(activity.Text, " ").Trim();

    /// <summary>Trimmed, lower-case, single-spaced, without trailing punctuation: for command matching.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var collapsed = Whitespace().Replace(text.Trim(), " ").ToLowerInvariant();
        return collapsed.TrimEnd('.', '!', '?', ' ');
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtMention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
