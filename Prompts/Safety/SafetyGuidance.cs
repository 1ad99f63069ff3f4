using System.Reflection;
using System.Text.Json;
using AllianceBot.Prompts.Knowledge;

namespace AllianceBot.Prompts.Safety;

/// <summary>
/// Renders the safety guidance from Safety/Data/safety-copy.json and the deployment's resources:
/// worded for the practitioner when the risk is their own, for the client's practitioner otherwise.
/// </summary>
public sealed class SafetyGuidance
{
    private const string ResourceName = "AllianceBot.Prompts.Safety.Data.safety-copy.json";

    private readonly CopyFile _copy;

    private SafetyGuidance(CopyFile copy, SafetyResources resources)
    {
        _copy = copy;
        Resources = resources;
        if (copy.ForClient.Count == 0 || copy.ForPractitioner.Count == 0)
            throw new KnowledgeBaseException("safety-copy.json needs both forClient and forPractitioner.");
    }

    public SafetyResources Resources { get; }

    public string DebriefKept => _copy.DebriefKept;

    public string SupervisorTold => _copy.SupervisorTold;

    public static SafetyGuidance LoadEmbedded(SafetyResources? resources = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new KnowledgeBaseException("safety-copy.json is not embedded.");
        var copy = JsonSerializer.Deserialize<CopyFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new KnowledgeBaseException("safety-copy.json is empty.");
        return new SafetyGuidance(copy, resources ?? SafetyResources.Default);
    }

    /// <summary>The same wording with other resources (a deployment's own numbers).</summary>
    public SafetyGuidance With(SafetyResources resources) => new(_copy, resources);

    public string For(AtRisk atRisk)
    {
        var lines = atRisk == AtRisk.Practitioner ? _copy.ForPractitioner : _copy.ForClient;
        var extra = string.Concat(Resources.ExtraLines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => _copy.ExtraLine.Replace("{line}", l.Trim(), StringComparison.Ordinal)));
        return string.Join("\n", lines)
            .Replace("{emergency}", Resources.EmergencyNumber, StringComparison.Ordinal)
            .Replace("{crisisLines}", string.Join(_copy.CrisisLineSeparator, Resources.CrisisLines), StringComparison.Ordinal)
            .Replace("{protocol}", Resources.Protocol, StringComparison.Ordinal)
            .Replace("{extra}", extra, StringComparison.Ordinal);
    }

    private sealed class CopyFile
    {
        public List<string> ForClient { get; set; } = [];
        public List<string> ForPractitioner { get; set; } = [];
        public string CrisisLineSeparator { get; set; } = " ";
        public string ExtraLine { get; set; } = "\n- {line}";
        public string DebriefKept { get; set; } = "";
        public string SupervisorTold { get; set; } = "";
    }
}
