using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Tests.Privacy;

/// <summary>Debriefs only in 1:1 chats, drafts per person, drafts that expire, and echoes that carry nothing raw.</summary>
public sealed class PrivateChatTests
{
    private static BotHarness InGroup(string type = "groupChat")
    {
        var bot = new BotHarness();
        bot.Client.Adapter.Reference.Conversation!.ConversationType = type;
        bot.Client.Adapter.Reference.Conversation.IsGroup = true;
        return bot;
    }

    [Theory]
    [InlineData("debrief", "groupChat")]
    [InlineData("quick debrief", "groupChat")]
    [InlineData("my debriefs", "channel")]
    [InlineData("show D-20261122-7K3Q9", "groupChat")]
    [InlineData("delete D-20261122-7K3Q9", "channel")]
    [InlineData("status", "groupChat")]
    [InlineData("discard", "channel")]
    public async Task DebriefCommand_InGroupOrChannel_SaysPrivateAndStartsNothing(string command, string type)
    {
        var bot = InGroup(type);

        var replies = await bot.SendAsync(command);

        Assert.Equal(CommandsCopy.PrivateOnly, Assert.Single(replies).Text);
        var state = await bot.StateStore.ReadAsync(ConversationState.KeyFor("test", "conversation-user-1"));
        var json = state is null ? "" : System.Text.Encoding.UTF8.GetString(state.Content.Span);
        Assert.DoesNotContain(DraftStore.PropertyPrefix, json);
        Assert.DoesNotContain("\"debrief\"", json);
    }

    [Fact]
    public async Task Question_InGroup_IsAnswered()
    {
        var bot = InGroup();

        var replies = await bot.SendAsync("what is the working alliance?");

        Assert.NotEqual(CommandsCopy.PrivateOnly, Assert.Single(replies).Text);
        Assert.Contains("P", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task DebriefInTeamsGroup_OffersAOneToOneChatLink()
    {
        var bot = InGroup();
        var incoming = bot.Client.Adapter.MakeActivity("debrief");
        incoming.ChannelId = "msteams";
        incoming.Recipient = new Schema.ChannelAccount { Id = "28:bot-app-id" };

        var offer = PersonalChatOffer.Create(incoming);

        var card = Assert.Single(offer.Attachments!).Content!.Value.GetRawText();
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-app-id", card);
    }

    [Fact]
    public async Task TwoPeopleInOneConversation_EachHasTheirOwnDraft()
    {
        var state = new MemoryStorage();
        var first = new BotHarness(state: state, user: "user-1");
        await first.SendAsync("debrief");
        await first.SendAsync("C-104");
        await first.SendAsync("cancel");
        // The second person writes into the same conversation document.
        var second = new BotHarness(state: state, user: "user-2");
        second.Client.Adapter.Reference.Conversation!.Id = "conversation-user-1";

        var status = await second.SendAsync("status");

        Assert.Equal(CommandsCopy.NothingInProgress, Assert.Single(status).Text);
        var firstStatus = await first.SendAsync("status");
        Assert.Contains("C-104", BotHarness.Texts(firstStatus));
    }

    [Fact]
    public async Task UntouchedDraft_PastItsLifetime_IsGoneOnReadAndFromStorage()
    {
        var bot = new BotHarness(options: new DebriefOptions { DraftTtl = TimeSpan.FromDays(7) });
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        await bot.SendAsync("cancel");
        bot.Clock.Advance(TimeSpan.FromDays(8));

        var status = await bot.SendAsync("status");

        Assert.Equal(CommandsCopy.NothingInProgress, Assert.Single(status).Text);
        var json = System.Text.Encoding.UTF8.GetString((await bot.StateStore.ReadAsync(ConversationState.KeyFor("test", "conversation-user-1")))!.Content.Span);
        Assert.DoesNotContain("C-104", json);
    }

    [Fact]
    public async Task OpenDebrief_AnsweredAfterItsLifetime_SaysTheAnswersAreGone()
    {
        var bot = new BotHarness(options: new DebriefOptions { DraftTtl = TimeSpan.FromDays(7) });
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        bot.Clock.Advance(TimeSpan.FromDays(8));

        var replies = await bot.SendAsync("today");

        Assert.Equal(DebriefCopy.DraftGone, Assert.Single(replies).Text);
        Assert.Equal(CommandsCopy.NothingInProgress, Assert.Single(await bot.SendAsync("status")).Text);
    }

    [Fact]
    public async Task Sweep_DeletesOnlyExpiredDrafts()
    {
        var bot = new BotHarness();
        await bot.SendAsync("debrief");
        await bot.SendAsync("C-104");
        var fresh = bot.As("user-2");
        await fresh.SendAsync("debrief");
        await fresh.SendAsync("C-777");
        var now = bot.Clock.GetUtcNow();

        Assert.Equal(0, await DraftExpiry.SweepAsync(bot.StateStore, bot.ExpiredDrafts, now.AddDays(6), TimeSpan.FromDays(7), default));
        Assert.Equal(2, await DraftExpiry.SweepAsync(bot.StateStore, bot.ExpiredDrafts, now.AddDays(8), TimeSpan.FromDays(7), default));

        await foreach (var entry in bot.StateStore.ListAsync(""))
        {
            var json = System.Text.Encoding.UTF8.GetString((await bot.StateStore.ReadAsync(entry.Key))!.Content.Span);
            Assert.DoesNotContain("C-104", json);
            Assert.DoesNotContain("C-777", json);
        }
    }

    [Theory]
    [InlineData("show")]
    [InlineData("delete")]
    public async Task ShowOrDelete_MalformedId_IsNotEchoed(string command)
    {
        var bot = new BotHarness();
        var hostile = "D-2026\u202Eevil" + new string('x', 20000);

        var replies = await bot.SendAsync($"{command} {hostile}");

        var text = Assert.Single(replies).Text!;
        Assert.Equal(CommandsCopy.NotAnId, text);
        Assert.True(text.Length < 200);
    }

    [Fact]
    public void OutboundText_StripsControlAndBidi_KeepsLineBreaks()
    {
        var activity = Schema.Activity.CreateMessage("a\u202Eb\u2066c\u0007d\ne\tf");

        OutboundText.Clean(activity);

        Assert.Equal("abcd\ne\tf", activity.Text);
    }

    [Fact]
    public void OutboundText_CardStrings_LoseBidiAndControls()
    {
        var card = Cards.AdaptiveCard.Card([Cards.AdaptiveCard.Text("client \u202Eevil\u0007 text")]);
        var activity = Cards.AdaptiveCard.Message("hi", card);

        OutboundText.Clean(activity);

        var raw = activity.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("client evil text", raw);
        Assert.DoesNotContain("202E", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Confirm_FooterCountsTheMaskedIdentifiers()
    {
        var bot = new BotHarness();
        await bot.DebriefToPreviewAsync(narrative: "Sarah Johnson (sarah.j@example.org, 604-555-1234) told me her boss Mr. Patel yelled again.");

        await bot.SendAsync("confirm");

        var markdown = (await bot.Archive.GetAsync(bot.User, Assert.Single(await bot.SavedAsync()).DebriefId))!.Markdown;
        Assert.Contains("(4 replaced)", markdown);
        Assert.DoesNotContain("Sarah", markdown);
        Assert.DoesNotContain("Patel", markdown);
    }
}
