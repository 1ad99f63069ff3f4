using AllianceBot.Dialogs.Commands;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.Dialogs.Turns;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Privacy;

/// <summary>
/// Many people whose Teams identities come in every shape (aadObjectId a GUID, blank, malformed or
/// missing; from.id short, long, odd; tenants shared or not) each save a debrief and leave a draft;
/// then everyone runs every command against everyone else's ids. Nobody reads another's debrief or
/// draft, and nobody's draft is lost.
/// </summary>
public sealed class IdentityFuzzTests
{
    private sealed record Person(BotHarness Bot, string Identity, string SavedClient, string DraftClient)
    {
        public string SavedId { get; set; } = "";
    }

    private static ChannelAccount From(Random random, int n)
    {
        string?[] aads = [Guid.NewGuid().ToString("D"), Guid.NewGuid().ToString("D").ToUpperInvariant(), "", "   ", null, "not-a-guid", "00000000-0000-0000-0000-000000000000"];
        string[] ids = [$"29:user-{n}", $"29:{new string((char)('a' + n % 26), 200)}-{n}", $"29:ü;:@{n}", $"user {n}"];
        return new ChannelAccount { Id = ids[random.Next(ids.Length)], AadObjectId = aads[random.Next(aads.Length)], Name = $"Person {n}" };
    }

    [Fact]
    public async Task EveryCommand_AcrossIdentityShapes_NoCrossPersonReadAndNoLostDraft()
    {
        var random = new Random(21);
        var state = new MemoryStorage();
        var archive = new MemoryStorage();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var people = new List<Person>();
        string?[] tenants = ["tenant-a", "tenant-b", null];
        for (var n = 0; n < 12; n++)
        {
            var bot = new BotHarness(state: state, archive: archive, user: $"fuzz-{n}", clock: clock);
            var reference = bot.Client.Adapter.Reference;
            reference.User = From(random, n);
            // Two people share a from.id in different tenants: still two identities.
            if (n == 11) reference.User = new ChannelAccount { Id = people[10].Bot.Client.Adapter.Reference.User!.Id, AadObjectId = "" };
            reference.Conversation!.TenantId = n == 11 ? "tenant-other" : tenants[random.Next(tenants.Length)];
            var identity = UserIdentity.Of(bot.Client.Adapter.MakeActivity("x"))!;
            people.Add(new Person(bot, identity, $"C-{100 + n}", $"C-{500 + n}"));
        }
        Assert.Equal(people.Count, people.Select(p => p.Identity).Distinct().Count());

        foreach (var person in people)
        {
            await person.Bot.DebriefToPreviewAsync(client: person.SavedClient);
            await person.Bot.SendAsync("confirm");
            person.SavedId = Assert.Single(await person.Bot.Archive.ListRecentAsync(person.Identity, 10)).DebriefId;
            await person.Bot.SendAsync("debrief");
            await person.Bot.SendAsync(person.DraftClient);
            await person.Bot.SendAsync("cancel");
        }

        foreach (var viewer in people)
        {
            foreach (var owner in people.Where(p => p != viewer))
            {
                var seen = new List<Activity>();
                seen.AddRange(await viewer.Bot.SendAsync("status"));
                seen.AddRange(await viewer.Bot.SendAsync("my debriefs"));
                seen.AddRange(await viewer.Bot.SendAsync($"show {owner.SavedId}"));
                seen.AddRange(await viewer.Bot.SendAsync($"delete {owner.SavedId}"));
                seen.AddRange(await viewer.Bot.SendAsync("yes"));
                seen.AddRange(await viewer.Bot.SendAsync("review " + owner.SavedId));
                var text = BotHarness.Texts(seen);
                Assert.DoesNotContain(owner.SavedClient, text);
                Assert.DoesNotContain(owner.DraftClient, text);
                Assert.DoesNotContain("# Debrief", text);
            }
        }

        // An intruder with another identity typing into each person's own conversation, then everyone's other commands.
        foreach (var person in people)
        {
            var intruder = new BotHarness(state: state, archive: archive, user: "intruder-" + person.Identity, clock: clock);
            intruder.Client.Adapter.Reference.Conversation!.Id = person.Bot.Client.Adapter.Reference.Conversation!.Id;
            intruder.Client.Adapter.Reference.Conversation.TenantId = person.Bot.Client.Adapter.Reference.Conversation!.TenantId;
            var seen = BotHarness.Texts([.. await intruder.SendAsync("status"), .. await intruder.SendAsync("discard"), .. await intruder.SendAsync("confirm")]);
            Assert.DoesNotContain(person.DraftClient, seen);
            Assert.Contains(person.DraftClient, BotHarness.Texts(await person.Bot.SendAsync("status")));

            foreach (var command in new[] { "ask what is P8?", "help", "my practitioners", "digest", "confirm", "quick debrief", "discard", "cancel", "discard" })
            {
                var text = BotHarness.Texts(await person.Bot.SendAsync(command));
                Assert.DoesNotContain(people.Where(p => p != person), p => text.Contains(p.SavedClient, StringComparison.Ordinal) || text.Contains(p.DraftClient, StringComparison.Ordinal));
            }
            // The person's own "discard" dropped their draft; they start it again for the last check.
            await person.Bot.SendAsync("debrief");
            await person.Bot.SendAsync(person.DraftClient);
            await person.Bot.SendAsync("cancel");
        }

        foreach (var person in people)
        {
            Assert.NotNull(await person.Bot.Archive.GetAsync(person.Identity, person.SavedId));
            var status = BotHarness.Texts(await person.Bot.SendAsync("status"));
            Assert.Contains(person.DraftClient, status);
            var resumed = BotHarness.Texts(await person.Bot.SendAsync("debrief"));
            Assert.Contains(person.DraftClient, resumed);
            await person.Bot.SendAsync("cancel");
        }
        Assert.DoesNotContain(people, p => p.Bot.Client.LastError is not null);
        _ = CommandsCopy.NotAnId;
    }
}
