using System.ComponentModel.DataAnnotations;
using AllianceBot.Dialogs.Safety;
using AllianceBot.Prompts.Safety;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// The `Safety` configuration section: who the crisis guidance tells practitioners to call, and whether
/// the supervisor is told at once. Defaults: 911, 9-8-8 (Canada) and 988 (US), the organisation's
/// crisis protocol, supervisor notified. Add an on-call number or EAP line under ExtraLines.
/// </summary>
public sealed class SafetySettings
{
    public const string Section = "Safety";

    [Required(AllowEmptyStrings = false)]
    public string EmergencyNumber { get; set; } = SafetyResources.Default.EmergencyNumber;

    /// <summary>Null keeps the defaults; an organisation outside North America lists its own.</summary>
    public List<string>? CrisisLines { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string Protocol { get; set; } = SafetyResources.Default.Protocol;

    public List<string> ExtraLines { get; set; } = [];

    public bool NotifySupervisor { get; set; } = true;

    public SafetyOptions ToOptions() => new()
    {
        NotifySupervisor = NotifySupervisor,
        Resources = new SafetyResources
        {
            EmergencyNumber = EmergencyNumber,
            CrisisLines = CrisisLines is { Count: > 0 } lines ? [.. lines.Where(l => !string.IsNullOrWhiteSpace(l))] : SafetyResources.Default.CrisisLines,
            Protocol = Protocol,
            ExtraLines = [.. ExtraLines.Where(l => !string.IsNullOrWhiteSpace(l))],
        },
    };
}
