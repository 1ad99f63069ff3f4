using AllianceBot.Bot.Digests;
using AllianceBot.Dialogs.Archive;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Tests.Digests;

public sealed class DigestsRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging()
            .AddSingleton(new BotStores(new MemoryStorage(), new MemoryStorage()))
            .AddSingleton<IProactiveMessenger>(new RecordingMessenger())
            .AddSingleton<IRosterLookup, NoRoster>()
            .AddSingleton<ISupervisorNotifier, NoSupervisorNotifier>()
            .AddSingleton<IDebriefArchive>(sp => StorageDebriefArchive.For(sp.GetRequiredService<BotStores>()))
            .AddSingleton<ISupervisionReasoning>(_ => OfflineReasoning.CreateDefault());
        return services.AddDigests(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddDigests_ReplacesNoOpDefaultsAndBindsOptions()
    {
        using var sp = Build(new() { ["Digest:Period"] = "Day", ["Digest:TimeOfDay"] = "08:30", ["Digest:TimeZone"] = "Europe/London" });

        Assert.IsType<RosterStore>(sp.GetRequiredService<IRosterLookup>());
        Assert.IsType<SupervisorNotifier>(sp.GetRequiredService<ISupervisorNotifier>());
        Assert.Single(sp.GetServices<IHostedService>().OfType<DigestScheduler>());
        var options = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
        Assert.Equal((Prompts.Digests.DigestPeriodKind.Day, new TimeSpan(8, 30, 0)), (options.Period, options.TimeOfDay));
        Assert.NotNull(sp.GetRequiredService<SupervisorCommands>());
        Assert.NotNull(sp.GetRequiredService<AlertReminders>());
        Assert.Equal(TimeSpan.FromHours(4), sp.GetRequiredService<IOptions<AlertOptions>>().Value.RemindAfter);
    }

    [Fact]
    public void AddDigests_UnknownTimeZone_FailsValidation()
    {
        using var sp = Build(new() { ["Digest:TimeZone"] = "Nowhere/Land" });

        Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<DigestOptions>>().Value);
    }

    [Theory]
    [InlineData("Digest:LinkKey", "dG9vIHNob3J0")]
    [InlineData("Digest:PageBaseUrl", "not a url")]
    [InlineData("Alerts:RemindAfter", "-01:00:00")]
    public void AddDigests_BadLinkOrReminderSettings_FailValidation(string key, string value)
    {
        using var sp = Build(new() { [key] = value });

        Assert.ThrowsAny<OptionsValidationException>(() =>
        {
            _ = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
            _ = sp.GetRequiredService<IOptions<AlertOptions>>().Value;
        });
    }

    /// <summary>The values infra/bicep passes must bind: a period the enum does not know stops the bot at start.</summary>
    [Fact]
    public void AddDigests_BicepDefaultPeriod_Binds()
    {
        var bicep = File.ReadAllText(Path.Combine(AllianceBot.TestKit.RepositoryRoot.Path, "infra", "bicep", "main.bicep"));
        var period = System.Text.RegularExpressions.Regex.Match(bicep, @"param digestPeriod string = '(\w+)'").Groups[1].Value;
        using var sp = Build(new() { ["Digest:Period"] = period });

        Assert.Equal(Prompts.Digests.DigestPeriodKind.Week, sp.GetRequiredService<IOptions<DigestOptions>>().Value.Period);
    }

    [Fact]
    public void AddDigests_Disabled_NoScheduler()
    {
        using var sp = Build(new() { ["Digest:Enabled"] = "false" });

        Assert.Empty(sp.GetServices<IHostedService>().OfType<DigestScheduler>());
    }
}
