using System.Net;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using AllianceBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static AllianceBot.Bot.Tests.Digests.DigestTestData;

namespace AllianceBot.Bot.Tests.Digests;

/// <summary>The full digest page over real HTTP on loopback: for the supervisor the signed link names, while it lasts.</summary>
public sealed class DigestPageTests : IAsyncLifetime
{
    private static readonly DigestPeriod Week = DigestPeriod.WeekEnding(new DateOnly(2026, 11, 20));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero));
    private readonly BotStores _stores = new(new MemoryStorage(), new MemoryStorage());
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_stores.Archive, _clock);
        _host = await BotTestHost.StartAsync(bot: null, stores: _stores, realBot: true, digests: true,
            config: new Dictionary<string, string?> { ["Digest:Enabled"] = "false" },
            configure: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Link(string supervisor) => _host.Services.GetRequiredService<DigestLinks>().Create(supervisor, Week)!;

    [Fact]
    public async Task SignedLink_OpensTheSupervisorsDigest_NotCachedNotFramed()
    {
        var link = Link(Dana);

        using var response = await _host.Client.GetAsync(link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith(_host.BaseAddress.TrimEnd('/') + "/digest?s=" + Dana, link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Weekly debrief digest", html);
        Assert.Contains("Sam Rivera", html);
        Assert.DoesNotContain("Kim Osei", html);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task LinkForOneSupervisor_ChangedToAnother_IsRefused()
    {
        var forged = Link(Dana).Replace("s=" + Dana, "s=" + Lee, StringComparison.Ordinal);
        var otherWeek = Link(Dana).Replace(Week.Key, "week-ending-2026-11-13", StringComparison.Ordinal);

        using var forgedResponse = await _host.Client.GetAsync(forged);
        using var weekResponse = await _host.Client.GetAsync(otherWeek);
        using var bare = await _host.Client.GetAsync("/digest?s=" + Dana + "&p=" + Week.Key);

        Assert.Equal(HttpStatusCode.Forbidden, forgedResponse.StatusCode);
        Assert.DoesNotContain("Kim Osei", await forgedResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, weekResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bare.StatusCode);
    }

    [Fact]
    public async Task Link_AfterItsLifetime_SaysItExpired()
    {
        var link = Link(Dana);
        _clock.Advance(TimeSpan.FromHours(25));

        using var response = await _host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This link has expired", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SupervisorRemovedFromRoster_LinkStopsWorking()
    {
        var link = Link(Dana);
        var rosters = _host.Services.GetRequiredService<RosterStore>();
        var result = await rosters.ImportAsync(System.Text.Encoding.UTF8.GetBytes(
            $$"""{"supervisors":[{"id":"{{Lee}}","name":"Lee Park","practitioners":[{"id":"{{Kim}}","name":"Kim Osei"}]}]}"""));
        Assert.True(result.Ok);

        using var response = await _host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
