using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.Schema;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>
/// The debrief's storage pattern in miniature, so the wire's fault handling is tested on its own:
/// answers accumulate in conversation state (saved with its ETag at the end of the turn), and
/// "yes" at the confirm step writes one immutable record (create-only, id fixed when the draft began)
/// to the archive store before the draft is cleared.
/// </summary>
public sealed class GuidedBot(ConversationState state, IStorage archive) : IBot
{
    public const int Questions = 3;
    public const string ConfirmQuestion = "Save this debrief? (yes)";
    public const string Saved = "Saved.";

    private readonly IStatePropertyAccessor<Draft> _draft = state.CreateProperty<Draft>("guidedDraft");

    public static string RecordPrefix(string conversationId) => "records/" + Uri.EscapeDataString(conversationId) + "/";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }
        var text = turnContext.Activity.Text ?? "";
        var draft = await _draft.GetAsync(turnContext, () => new Draft { Id = Guid.NewGuid().ToString("N") }, cancellationToken);
        string reply;
        if (draft.Answers.Count < Questions)
        {
            draft.Answers.Add(text);
            reply = draft.Answers.Count < Questions ? $"Question {draft.Answers.Count + 1}?" : ConfirmQuestion;
        }
        else if (text == "yes")
        {
            var key = RecordPrefix(turnContext.Activity.Conversation!.Id!) + draft.Id;
            try
            {
                await archive.WriteAsync(key, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(draft.Answers)), WriteCondition.IfNotExists, null, cancellationToken);
            }
            catch (StorageConflictException)
            {
                // Saved by an earlier attempt whose state save failed: the record exists once, as it should.
            }
            await _draft.DeleteAsync(turnContext, cancellationToken);
            reply = Saved;
        }
        else
        {
            reply = ConfirmQuestion;
        }
        await state.SaveChangesAsync(turnContext, false, cancellationToken);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    public sealed class Draft
    {
        public string Id { get; set; } = "";
        public List<string> Answers { get; set; } = [];
    }
}
