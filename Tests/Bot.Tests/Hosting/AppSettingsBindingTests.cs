using System.Reflection;
using System.Text.Json;
using AllianceBot.Bot.Hosting;
using AllianceBot.TestKit;

namespace AllianceBot.Bot.Tests.Hosting;

/// <summary>
/// The Bicep template sets app settings by name; a name the bot does not bind is a setting that
/// silently does nothing in Azure. Each expected name must land on a bound options property.
/// </summary>
public sealed class AppSettingsBindingTests
{
    // Read by libraries rather than by the bot's options: the reason is the value.
    private static readonly Dictionary<string, string> ReadByLibraries = new(StringComparer.Ordinal)
    {
        ["AZURE_CLIENT_ID"] = "DefaultAzureCredential picks the user-assigned managed identity",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "the bot's OpenTelemetry pipeline exports to Azure Monitor there (AddTelemetry)",
        ["Logging__Console__FormatterName"] = "ASP.NET Core's console logger: JSON lines",
        ["Logging__Console__FormatterOptions__IncludeScopes"] = "ASP.NET Core's console logger: turn ids on every line",
    };

    public static TheoryData<string> ExpectedSettings()
    {
        var path = Path.Combine(RepositoryRoot.Path, "infra", "bicep", "expected-app-settings.json");
        var data = new TheoryData<string>();
        foreach (var name in JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!)
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedSettings))]
    public void BicepAppSetting_IsBoundByTheBot(string setting)
    {
        if (ReadByLibraries.ContainsKey(setting))
        {
            return;
        }
        var parts = setting.Split("__");

        var bound = parts.Length switch
        {
            1 => HasProperty(typeof(BotIdentityOptions), parts[0]),
            2 => SectionTypes().TryGetValue(parts[0], out var type) && HasProperty(type, parts[1]),
            _ => false,
        };

        Assert.True(bound, $"The app setting '{setting}' set by infra/bicep is not bound by any options class of the bot.");
    }

    [Fact]
    public void SectionTypes_UnknownSection_IsNotFound()
    {
        Assert.False(SectionTypes().ContainsKey("Nonexistent"));
        Assert.True(SectionTypes().ContainsKey("Storage"));
    }

    private static bool HasProperty(Type type, string name)
        => type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true };

    private static Dictionary<string, Type> SectionTypes()
    {
        var assemblies = new[] { typeof(BotIdentityOptions).Assembly, typeof(AllianceBot.Dialogs.Schema.Activity).Assembly };
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section)
            {
                map[section] = type;
            }
        }
        return map;
    }
}
