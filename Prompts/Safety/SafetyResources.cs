namespace AllianceBot.Prompts.Safety;

/// <summary>
/// Who to call, as configured for a deployment (the Safety settings). The defaults are North American:
/// 911 for emergencies, 9-8-8 in Canada and 988 in the US (call or text), and the organisation's own
/// crisis protocol. An organisation adds its on-call number or employee-assistance line as extra lines.
/// </summary>
public sealed record SafetyResources
{
    public static readonly SafetyResources Default = new();

    public string EmergencyNumber { get; init; } = "emergency services (911)";

    public IReadOnlyList<string> CrisisLines { get; init; } =
        ["In Canada, call or text 9-8-8.", "In the US, call or text 988."];

    public string Protocol { get; init; } = "your organisation's crisis protocol";

    /// <summary>Extra lines shown after the rest, e.g. "On call tonight: 555-0100" or "EAP: 1-800-...".</summary>
    public IReadOnlyList<string> ExtraLines { get; init; } = [];
}
