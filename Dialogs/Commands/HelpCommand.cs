using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.Commands;

/// <summary>"help" (and a greeting): what the bot can do, with the welcome card's buttons.</summary>
public sealed class HelpCommand(Func<IEnumerable<string>> usages) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["help", "menu", "hi", "hello", "hey", "what can you do"];
    public string? Usage => CommandsCopy.HelpUsage;
    public bool PersonalOnly => false;

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var reply = WelcomeCard.Create();
        reply.Text = CommandsCopy.Help(usages());
        return request.Dc.Context.SendActivityAsync(reply, cancellationToken);
    }
}
