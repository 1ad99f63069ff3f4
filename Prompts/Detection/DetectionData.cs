using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The detection files that sit beside the knowledge base in Knowledge/Data. The knowledge-base
/// loader hands them here to be checked at start; the engine itself reads them through
/// <see cref="DetectionRules"/> and <see cref="ScopeCues"/>, which parse the embedded text once.
/// </summary>
internal static class DetectionData
{
    public static bool Owns(string fileName) => fileName is DetectionRuleSet.FileName or ScopeCues.FileName;

    /// <summary>Refuses a broken file with a <see cref="KnowledgeBaseException"/> naming the file and the entry.</summary>
    /// <param name="hasPassage">Whether the knowledge base has a passage for a code.</param>
    public static void Check(string fileName, string json, Func<string, bool> hasPassage)
    {
        if (fileName == ScopeCues.FileName)
        {
            _ = IsEmbedded(fileName, json) ? ScopeCues.Embedded : ScopeCues.Parse(fileName, json);
            return;
        }
        var rules = IsEmbedded(fileName, json) ? DetectionRules.Embedded : DetectionRuleSet.Parse(fileName, json);
        foreach (var code in rules.Codes)
            if (!hasPassage(code))
                throw new KnowledgeBaseException($"{fileName}: code '{code}' has no knowledge-base passage: add its passage (boundaries.json, concerns.json, ...) before its patterns.");
    }

    // The embedded text is parsed once per process and kept: checking it again would parse it twice.
    private static bool IsEmbedded(string fileName, string json) =>
        string.Equals(json, KnowledgeData.Read(fileName), StringComparison.Ordinal);
}
