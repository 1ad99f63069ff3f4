using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.State;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// A message outside any dialog: a command from the table (typed, or a card button's
/// {"command": ...}); else "did you mean" when it is a slip away from a command that would run; else a
/// question or a statement about practice for the engine ("my sessions keep running long" gets an
/// answer, as does a message about someone at risk: the engine's safety guidance); else, for a
/// statement the material does not cover ("thanks", "lol"), what the bot can do. A question the
/// material does not cover gets the engine's plain "not covered", which says the same. The root bot
/// has screened the message for imminent risk before it gets here.
/// </summary>
public sealed class CommandRouter
{
    private readonly CommandTable _table;
    private readonly QuestionResponder _responder;
    private readonly BotState _conversationState;

    public CommandRouter(IEnumerable<ICommandHandler> handlers, QuestionResponder responder, BotState conversationState)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _responder = responder;
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _table = new CommandTable([.. handlers, new HelpCommand(() => Usages)]);
    }

    public IEnumerable<string> Usages => _table.Handlers.Select(h => h.Usage).OfType<string>();

    public async Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var text = activity.TextWithoutMention();
        if (text.Length == 0 && activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            text = value.TryGetProperty(WelcomeCard.CommandProperty, out var command) && command.ValueKind == JsonValueKind.String
                ? command.GetString() ?? string.Empty
                : string.Empty;
            if (text.Length == 0)
            {
                await dc.Context.SendActivityAsync(CommandsCopy.StaleCard, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        if (_table.Match(text) is var (handler, phrase, argument))
        {
            if (handler.PersonalOnly && !UserIdentity.IsPersonalChat(activity))
            {
                // Debriefs and digests are private: nothing starts in a group chat or channel.
                await dc.Context.SendActivityAsync(PersonalChatOffer.Create(activity), cancellationToken).ConfigureAwait(false);
                return;
            }
            if (handler.ActsOutsideConversation(phrase))
            {
                await _conversationState.EnsureCurrentAsync(dc.Context, cancellationToken).ConfigureAwait(false);
            }
            await handler.HandleAsync(new CommandRequest(dc, phrase, argument), cancellationToken).ConfigureAwait(false);
        }
        else if (Suggest(text) is { } meant)
        {
            await dc.Context.SendActivityAsync(Cards.AdaptiveCard.Message(CommandsCopy.DidYouMean(meant),
                Cards.AdaptiveCard.Card([], [Cards.AdaptiveCard.CommandButton(meant, meant)])), cancellationToken).ConfigureAwait(false);
        }
        else if (string.IsNullOrWhiteSpace(text)
            || !await _responder.TryAnswerAsync(dc.Context, text, replyWhenNotCovered: QuestionDetector.IsQuestion(text), cancellationToken).ConfigureAwait(false))
        {
            await dc.Context.SendActivityAsync(CommandsCopy.Unknown(Usages), cancellationToken).ConfigureAwait(false);
        }
    }

    // Only a command the table would run as typed is suggested: "sho D-..." is, but "sho me the rules on
    // gifts?" would be free text even spelled right, so it goes on to the responder.
    private string? Suggest(string text)
        => CommandSuggestion.Suggest(text, _table.Handlers.SelectMany(h => h.Phrases)) is { } meant && _table.Match(meant) is not null ? meant : null;
}
