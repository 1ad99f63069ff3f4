using AllianceBot.Dialogs.Commands;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>Puts the supervisor's commands in the bot's command table.</summary>
public sealed class SupervisorCommandHandler(SupervisorCommands commands) : ICommandHandler
{
    public IReadOnlyList<string> Phrases => SupervisorCommands.Phrases;

    public string? Usage => DigestCopy.CommandsUsage;

    // "digest [last week] <name>" takes a practitioner's name; "my practitioners" nothing; "review",
    // "acknowledge", "approve delete" and "keep debrief" one word (an id or a path). Anything else is free text.
    public bool Accepts(string phrase, string argument) => phrase switch
    {
        "digest" or "digest last week" => argument.Length == 0 || CommandArguments.IsShortName(argument),
        "my practitioners" or "my supervisees" => argument.Length == 0,
        _ => CommandArguments.IsNoneOrOneWord(argument),
    };

    public bool ActsOutsideConversation(string phrase) => phrase is "acknowledge" or "approve delete" or "keep debrief";

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return commands.RunAsync(request.Dc.Context, request.Phrase, request.Argument, cancellationToken);
    }
}
