using AllianceBot.Prompts;

namespace AllianceBot.Prompts.Tests;

/// <summary>One engine for all tests, as in production: it is immutable and thread-safe.</summary>
internal static class EngineFixture
{
    private static readonly Lazy<SupervisionEngine> Shared = new(SupervisionEngine.CreateDefault);

    public static SupervisionEngine Engine => Shared.Value;
}
