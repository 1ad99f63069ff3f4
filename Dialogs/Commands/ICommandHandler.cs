using AllianceBot.Dialogs.Framework;

namespace AllianceBot.Dialogs.Commands;

/// <summary>
/// One command outside a dialog. The router matches the normalised message against every handler's
/// <see cref="Phrases"/> (the longest phrase wins; the rest of the message is the argument). This is
/// the extension point for more commands, e.g. the supervisor's "my practitioners" and "digest":
/// add a handler to the list the bot is built with.
/// </summary>
public interface ICommandHandler
{
    /// <summary>Lower-case phrases that start the command: "my debriefs", "show", "digest last week".</summary>
    IReadOnlyList<string> Phrases { get; }

    /// <summary>One line for help and for the unknown-command answer; null keeps the command out of them.</summary>
    string? Usage { get; }

    /// <summary>True for everything about debriefs and digests: in a group chat or channel the router refuses it.</summary>
    bool PersonalOnly => true;

    Task HandleAsync(CommandRequest request, CancellationToken cancellationToken);
}

/// <param name="Dc">The root dialog context: a handler may begin a dialog that is in the bot's dialog set.</param>
/// <param name="Argument">The rest of the message after the phrase, with its original case ("D-20261122-7K3Q9").</param>
public sealed record CommandRequest(DialogContext Dc, string Phrase, string Argument);
