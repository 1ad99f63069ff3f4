using System.Text.RegularExpressions;
using AllianceBot.Dialogs.Debrief;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.Tests.Support;
using AllianceBot.TestKit;
using Xunit.Abstractions;

namespace AllianceBot.Dialogs.Tests.Debrief;

/// <summary>
/// A typed debrief as a practitioner does it on a phone: how many turns, how many words the bot
/// sends (message text and what its cards show), each list once, plain words and no codes.
/// </summary>
public sealed partial class PhoneDebriefTests(ITestOutputHelper output)
{
    /// <summary>A typical typed debrief: the basics on one line, three ratings at once, a yellow light the narrative shows.</summary>
    public static readonly string[] TypicalAnswers =
    [
        "debrief",
        "C-104 yesterday ongoing video",
        "We went over her CV and the interview on Thursday. She was anxious and we practised answers, and we ran about twenty minutes over because I didn't want to stop.",
        "4 3 5",
        "1, 3, 6",
        "ok",
        "Send the practice questions and book next week.",
        "Why I find it hard to end on time with her.",
        "confirm",
    ];

    [Fact]
    public async Task TypedDebrief_Typical_FitsNineTurnsAnd450Words()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        var (turns, words) = (0, 0);
        foreach (var answer in TypicalAnswers)
        {
            var replies = await bot.SendAsync(answer);
            Assert.Null(bot.Client.LastError);
            turns++;
            foreach (var reply in replies)
            {
                var text = VisibleText.Of(reply);
                words += VisibleText.Words(text);
                output.WriteLine($"[{VisibleText.Words(text)} words] {text.Replace("\n", " | ", StringComparison.Ordinal)}");
            }
        }

        output.WriteLine($"Typed debrief: {turns} turns, {words} words from the bot (text and cards).");
        var saved = Assert.Single(await bot.SavedAsync());
        var record = await bot.RecordAsync(saved.DebriefId);
        Assert.Equal(new RatingsRecord(4, 3, 5), record.Ratings);
        Assert.Equal("Why I find it hard to end on time with her.", record.BringToSupervision);
        Assert.True(turns <= 9, $"{turns} turns");
        Assert.True(words <= 450, $"{words} words");
    }

    [Fact]
    public async Task TypedDebrief_ListsShownOnceOnTheCard_TextSaysWhatToDo()
    {
        var bot = new BotHarness();
        IReadOnlyList<Activity> replies = [];
        foreach (var answer in TypicalAnswers[..4])
        {
            replies = await bot.SendAsync(answer);
        }
        var standard = Assert.Single(replies, r => r.Attachments is { Count: > 0 });
        var boundaries = Assert.Single(await bot.SendAsync("1, 3"), r => r.Attachments is { Count: > 0 });

        foreach (var (reply, label) in new[] { (standard, DebriefCopy.StandardChecks["P1"]), (boundaries, DebriefCopy.BoundaryChecks["BS-TIME"]) })
        {
            Assert.DoesNotContain(label, reply.Text, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(VisibleText.Of(reply), Regex.Escape(label)));
            // Where cards are not rendered, the card's fallback text carries the numbered list.
            Assert.Contains("1. " + label, reply.Attachments![0].Content!.Value.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TypedDebrief_PractitionerReadsNoCodes()
    {
        var bot = new BotHarness(roster: new FixedRoster("sup-1", "Alex Chen"));
        var seen = new List<string>();
        foreach (var answer in TypicalAnswers)
        {
            seen.AddRange((await bot.SendAsync(answer)).Select(VisibleText.Of));
        }

        var codes = seen.SelectMany(t => Code().Matches(t).Select(m => m.Value)).Distinct().ToList();
        Assert.True(codes.Count == 0, "Codes shown to the practitioner: " + string.Join(", ", codes));
    }

    [Fact]
    public async Task TypedDebrief_StepNumbersCountTheRealSteps()
    {
        var bot = new BotHarness();
        var steps = new List<string>();
        foreach (var answer in TypicalAnswers[..^1])
        {
            steps.AddRange((await bot.SendAsync(answer)).Select(r => StepPrefix().Match(r.Text ?? string.Empty)).Where(m => m.Success).Select(m => m.Value));
        }

        Assert.Equal(["Step 1 of 8", "Step 2 of 8", "Step 3 of 8", "Step 4 of 8", "Step 5 of 8", "Step 6 of 8", "Step 7 of 8"], steps);
        Assert.StartsWith("Step 8 of 8", (await bot.SendAsync("status"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalQuestions_CarrySkip_ChecklistsCarryNone()
    {
        var bot = new BotHarness();
        var buttons = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var answer in TypicalAnswers[..^1])
        {
            foreach (var reply in await bot.SendAsync(answer))
            {
                if (StepPrefix().Match(reply.Text ?? string.Empty) is { Success: true } step)
                {
                    buttons[step.Value] = CardActions.Titles(reply);
                }
            }
        }

        Assert.Contains(DebriefCopy.Skip, buttons["Step 3 of 8"]);
        Assert.Contains(DebriefCopy.None, buttons["Step 4 of 8"]);
        Assert.Contains(DebriefCopy.None, buttons["Step 5 of 8"]);
        Assert.Contains(DebriefCopy.Skip, buttons["Step 6 of 8"]);
        Assert.Contains(DebriefCopy.Skip, buttons["Step 7 of 8"]);
    }

    [Fact]
    public async Task SkipAndNoneButtons_AnswerTheQuestion()
    {
        var bot = new BotHarness();
        IReadOnlyList<Activity> replies = [];
        foreach (var answer in TypicalAnswers[..4])
        {
            replies = await bot.SendAsync(answer);
        }

        replies = await bot.Client.ClickAsync(replies, DebriefCopy.None);                 // what you did: none
        replies = await bot.Client.ClickAsync(replies, DebriefCopy.None);                 // boundary check: none (the detection rejected)
        replies = await bot.Client.ClickAsync(replies, DebriefCopy.Skip);                 // next steps
        replies = await bot.Client.ClickAsync(replies, DebriefCopy.Skip);                 // for supervision
        Assert.Contains(DebriefCopy.PreviewIntro, BotHarness.Texts(replies), StringComparison.Ordinal);
        await bot.SendAsync("confirm");

        var record = await bot.RecordAsync(Assert.Single(await bot.SavedAsync()).DebriefId);
        Assert.Empty(record.StandardItemsDone);
        Assert.Empty(record.BoundarySignsReported!);
        Assert.Null(record.NextSteps);
        Assert.Null(record.BringToSupervision);
        Assert.Contains(record.Findings, f => f.Code == "BS-TIME" && f.Rejected);
    }

    [GeneratedRegex(@"\b(?:P\d(?:\.\d)?|K\d|(?:BS|BV|AC|RM|WA)-[A-Z]+)\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"^Step [0-9]+ of [0-9]+")]
    private static partial Regex StepPrefix();
}
