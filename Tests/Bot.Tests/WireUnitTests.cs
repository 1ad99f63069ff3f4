using System.Net;
using AllianceBot.Bot.Adapter;
using AllianceBot.Bot.Auth;
using AllianceBot.Bot.Connector;
using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Tests.Support;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Turns;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Tests;

public sealed class WireUnitTests
{
    [Fact]
    public async Task Authenticate_AnonymousModeRemoteCaller_Fails()
    {
        var authenticator = Anonymous();

        var result = await authenticator.AuthenticateAsync(null, IPAddress.Parse("10.1.2.3"), Activity("http://127.0.0.1:5000/"), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_AnonymousModeLoopbackCallerAndServiceUrl_Succeeds()
    {
        var authenticator = Anonymous();

        var result = await authenticator.AuthenticateAsync(null, IPAddress.IPv6Loopback, Activity("http://localhost:56150/_connector"), default);

        Assert.True(result.Succeeded);
        Assert.True(result.Anonymous);
    }

    [Fact]
    public async Task Authenticate_AnonymousModeIpv4MappedLoopback_Succeeds()
    {
        var result = await Anonymous().AuthenticateAsync(null, IPAddress.Loopback.MapToIPv6(), Activity("http://127.0.0.1:5000/"), default);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_AppIdSetAndNoToken_FailsEvenFromLoopback()
    {
        var identity = Options.Create(new BotIdentityOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "p" });
        var validator = new BotTokenValidator(identity, Options.Create(new BotFrameworkOptions()), new NoHttpFactory());
        var authenticator = new BotRequestAuthenticator(identity, validator);

        var result = await authenticator.AuthenticateAsync(null, IPAddress.Loopback, Activity("http://127.0.0.1:5000/"), default);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("app", null, "MultiTenant", false)]
    [InlineData("app", "secret", "MultiTenant", true)]
    [InlineData("app", "secret", "SingleTenant", false)]
    [InlineData("app", null, "UserAssignedMSI", false)]
    [InlineData(null, null, "MultiTenant", true)]
    [InlineData(null, "secret", "MultiTenant", false)]
    [InlineData("app", "secret", "Anonymous", false)]
    [InlineData("app", "secret", "", true)]
    public void Validate_IdentityOptions_RejectsHalfConfiguredRegistrations(string? appId, string? password, string type, bool valid)
    {
        var options = new BotIdentityOptions { MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = type };

        var result = new BotIdentityOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task Start_AppIdWithoutPassword_FailsAtStartup()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(new TestBot(),
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "app" }));

        Assert.Contains("MicrosoftAppPassword", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endorsements_FromJwksJson_AreReadFromAdditionalData()
    {
        var key = new JsonWebKey("""{"kty":"RSA","kid":"k","n":"AQAB","e":"AQAB","endorsements":["msteams","webchat"]}""");

        Assert.Equal(["msteams", "webchat"], BotTokenValidator.Endorsements(key));
    }

    [Fact]
    public async Task Locks_AfterUse_NoEntriesRemain()
    {
        var locks = new ConversationLocks();

        using (await locks.AcquireAsync("a", default))
        {
            Assert.Equal(1, locks.Count);
        }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task Locks_SameKey_SecondWaitsForFirst()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("a", default);

        var second = locks.AcquireAsync("a", default);
        var other = locks.AcquireAsync("b", default);

        (await other).Dispose();
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public void RecentActivities_SameKeyTwice_SecondIsDuplicateUntilForgotten()
    {
        var recent = new RecentActivities(TimeProvider.System);

        Assert.True(recent.TryBegin("c|1"));
        Assert.False(recent.TryBegin("c|1"));
        recent.Forget("c|1");
        Assert.True(recent.TryBegin("c|1"));
    }

    [Fact]
    public void RecentActivities_AfterTenMinutes_KeyIsFreshAgain()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var recent = new RecentActivities(time);
        recent.TryBegin("c|1");

        time.Advance(TimeSpan.FromMinutes(11));

        Assert.True(recent.TryBegin("c|1"));
    }

    [Fact]
    public void RecentActivities_FloodFromManyThreads_PrunesWithoutFailingAndKeepsTheNewest()
    {
        // Under load several turns reached the prune at once while others forgot keys; it once threw
        // ArgumentNullException (1 turn in ~20,000 of the load benchmark).
        var recent = new RecentActivities(TimeProvider.System);
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                var key = $"c{worker}|{i}";
                recent.TryBegin(key);
                if (i % 3 == 0)
                {
                    recent.Forget(key);
                }
            }
        });

        Assert.True(recent.TryBegin("fresh|1"));
        Assert.False(recent.TryBegin("fresh|1"));
    }

    [Fact]
    public void TrustedServiceUrls_TrailingSlashAndCase_AreTheSameUrl()
    {
        var trusted = new TrustedServiceUrls();
        trusted.Add("https://smba.trafficmanager.net/amer/");

        Assert.True(trusted.IsTrusted("https://SMBA.trafficmanager.net/amer"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net.evil.com/amer"));
    }

    [Fact]
    public async Task TypingIndicator_WhileSlowWork_SendsTypingUntilDone()
    {
        var context = new TurnContext(new RecordingAdapter(), Activity("http://127.0.0.1/"));
        var adapter = (RecordingAdapter)context.Adapter;

        // The work ends once it has seen the indicator sent again, not after a fixed delay: a loaded
        // machine (the whole suite runs in parallel) must not decide the outcome.
        var result = await TypingIndicator.WhileAsync(context, async ct =>
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (SentCount(adapter) < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(10, ct);
            }
            return 42;
        }, default, TimeSpan.FromMilliseconds(20));
        var whenDone = SentCount(adapter);
        await Task.Delay(200);

        Assert.Equal(42, result);
        Assert.True(whenDone >= 2, $"typing sent {whenDone} times while the work ran");
        Assert.Equal(whenDone, SentCount(adapter));
        Assert.All(adapter.Sent, a => Assert.Equal(ActivityTypes.Typing, a.Type));
    }

    private static int SentCount(RecordingAdapter adapter)
    {
        lock (adapter.Sent)
        {
            return adapter.Sent.Count;
        }
    }

    private static BotRequestAuthenticator Anonymous()
    {
        var identity = Options.Create(new BotIdentityOptions());
        return new BotRequestAuthenticator(identity, new BotTokenValidator(identity, Options.Create(new BotFrameworkOptions()), new NoHttpFactory()));
    }

    private static Activity Activity(string serviceUrl) => TestActivities.Message("x", serviceUrl);

    private sealed class NoHttpFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }

    private sealed class RecordingAdapter : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.AddRange(activities);
            }
            return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
