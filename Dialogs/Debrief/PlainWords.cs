using System.Text.RegularExpressions;

namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// Practitioners read plain words: the knowledge base's codes ("(P8)", "(BS-CONTACT)") stay for
/// supervisors and the record, and are taken out of what the debrief says.
/// </summary>
public static partial class PlainWords
{
    public static string WithoutCodes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Spaces().Replace(Code().Replace(text, string.Empty), " ").Replace(" ?", "?", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).Trim();
    }

    // A code in brackets, alone or listed: (P8), (P4, P5), (BS-CONTACT), (RM-JOHNS), (K3).
    [GeneratedRegex(@"\s*\((?:(?:P\d+(?:\.\d+)?|K\d|(?:BS|BV|AC|RM|WA|STD|CTX)-[A-Z0-9.\-]+)(?:,\s*|\s+and\s+)?)+\)")]
    private static partial Regex Code();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
