using AllianceBot.Dialogs.Commands;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>Puts the supervisor's commands in the bot's command table.</summary>
public sealed class SupervisorCommandHandler(SupervisorCommands commands) : ICommandHandler
{
    public IReadOnlyList<string> Phrases => SupervisorCommands.Phrases;

    public string? Usage => DigestCopy.CommandsUsage;

    // "review <id or path>" takes one word; the others take none.
    public bool Accepts(string phrase, string argument) => argument.Length == 0 || (phrase == "review" && CommandArguments.IsNoneOrOneWord(argument));

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return commands.RunAsync(request.Dc.Context, request.Phrase, request.Argument, cancellationToken);
    }
}
