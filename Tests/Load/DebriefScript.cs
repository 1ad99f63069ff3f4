using AllianceBot.TestKit;
using System.Globalization;
using System.Text.Json;
using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Load;

/// <summary>
/// A practitioner's session with the real bot, one round: a typed debrief (every question, the
/// optional ones skipped until the preview, confirm), a quick-card debrief (one Action.Submit,
/// confirm), a question ("ask what is P8?"), and a debrief that is cancelled and its draft
/// discarded. Each step checks the reply it got, so a wrong answer is an error, not a silent skip.
/// </summary>
public sealed class DebriefScript : ILoadScript
{
    public string Name => "debrief (typed debrief, quick card debrief, question, cancel; 23+ turns a round)";

    public async Task RunRoundAsync(LoadConversation c, CancellationToken stop)
    {
        try
        {
            await TypedDebriefAsync(c, stop).ConfigureAwait(false);
            await QuickDebriefAsync(c, stop).ConfigureAwait(false);
            Expect(await c.SayAsync("ask what is P8?", stop, "question").ConfigureAwait(false), "P8", "question");
            await CancelledDebriefAsync(c, stop).ConfigureAwait(false);
        }
        catch (ScriptException)
        {
            // Leave no half-done debrief behind for the next round.
            await c.SayAsync("cancel", stop).ConfigureAwait(false);
            await c.SayAsync("discard", stop).ConfigureAwait(false);
            await c.SayAsync("yes", stop).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task TypedDebriefAsync(LoadConversation c, CancellationToken stop)
    {
        Expect(await c.SayAsync("debrief", stop, "debrief start").ConfigureAwait(false), DebriefCopy.AskClientCode, "debrief start");
        SinkReply[] replies = [];
        foreach (var (answer, step) in new[] { ($"C-{100 + c.Index % 900}", "client code"), ("today", "answer"), ("ongoing", "answer"),
                     ("in person", "answer"), ("We reviewed the job search plan and agreed the next step together.", "narrative"), ("4 4 4", "ratings"),
                     ("1", "answer"), ("none", "boundaries") })
        {
            replies = await c.SayAsync(answer, stop, step).ConfigureAwait(false);
        }
        for (var i = 0; i < 5 && !Contains(replies, DebriefCopy.PreviewIntro); i++)
        {
            replies = await c.SayAsync("skip", stop, "skip").ConfigureAwait(false);
        }
        Expect(replies, DebriefCopy.PreviewIntro, "typed preview");
        Expect(await c.SayAsync("confirm", stop, "confirm").ConfigureAwait(false), "Saved as", "typed confirm");
    }

    private static async Task QuickDebriefAsync(LoadConversation c, CancellationToken stop)
    {
        var card = await c.SayAsync("quick debrief", stop, "quick debrief card").ConfigureAwait(false);
        if (!card.Any(r => r.HasCard))
        {
            throw new ScriptException("quick debrief sent no card");
        }
        var values = QuickDebriefSubmit.Complete(
            clientCode: $"C-{100 + c.Index % 900}",
            date: DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Expect(await c.SubmitAsync(JsonSerializer.Serialize(values), stop).ConfigureAwait(false), DebriefCopy.PreviewIntro, "quick preview");
        Expect(await c.SayAsync("confirm", stop, "confirm").ConfigureAwait(false), "Saved as", "quick confirm");
    }

    private static async Task CancelledDebriefAsync(LoadConversation c, CancellationToken stop)
    {
        Expect(await c.SayAsync("debrief", stop, "debrief start").ConfigureAwait(false), DebriefCopy.AskClientCode, "second debrief start");
        await c.SayAsync($"C-{100 + c.Index % 900}", stop, "client code").ConfigureAwait(false);
        Expect(await c.SayAsync("cancel", stop, "cancel").ConfigureAwait(false), DebriefCopy.Cancelled, "cancel");
        await c.SayAsync("discard", stop, "discard").ConfigureAwait(false);
        await c.SayAsync("yes", stop, "discard").ConfigureAwait(false);
    }

    private static bool Contains(SinkReply[] replies, string text)
        => replies.Any(r => r.Text?.Contains(text, StringComparison.Ordinal) == true);

    private static void Expect(SinkReply[] replies, string text, string step)
    {
        if (!Contains(replies, text))
        {
            throw new ScriptException($"{step}: no reply containing '{(text.Length > 40 ? text[..40] : text)}'");
        }
    }
}
