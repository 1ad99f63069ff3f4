using System.Text.Json;
using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Questions;
using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// A message outside any dialog: a command from the table (typed, or a card button's
/// {"command": ...}), else "did you mean" when it is a slip away from one, else a question for the
/// engine, else a short list of what the bot can do.
/// </summary>
public sealed class CommandRouter
{
    private readonly CommandTable _table;
    private readonly QuestionAnswerer _answerer;

    public CommandRouter(IEnumerable<ICommandHandler> handlers, QuestionAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _answerer = answerer;
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
            await handler.HandleAsync(new CommandRequest(dc, phrase, argument), cancellationToken).ConfigureAwait(false);
        }
        else if (CommandSuggestion.Suggest(text, _table.Handlers.SelectMany(h => h.Phrases)) is { } meant)
        {
            await dc.Context.SendActivityAsync(Cards.AdaptiveCard.Message(CommandsCopy.DidYouMean(meant),
                Cards.AdaptiveCard.Card([], [Cards.AdaptiveCard.CommandButton(meant, meant)])), cancellationToken).ConfigureAwait(false);
        }
        else if (QuestionDetector.IsQuestion(text))
        {
            await _answerer.AnswerAsync(dc.Context, text, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await dc.Context.SendActivityAsync(CommandsCopy.Unknown(Usages), cancellationToken).ConfigureAwait(false);
        }
    }
}
