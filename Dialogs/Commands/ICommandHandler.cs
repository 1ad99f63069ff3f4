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

    /// <summary>
    /// True when <paramref name="phrase"/> changes something outside the conversation (the archive, alerts).
    /// The router then asks the store first whether this turn's copy of the conversation is current, so a
    /// turn begun from a stale copy acts only once it has run again on the stored version.
    /// </summary>
    bool ActsOutsideConversation(string phrase) => false;

    /// <summary>
    /// Whether the words after <paramref name="phrase"/> belong to this command ("show D-20261122-7K3Q9").
    /// When they do not, the message is free text and goes on to the answerer: "resume tips for a client?",
    /// "quick question about gifts", "hi, is it ok to text a client?". By default a command takes none.
    /// </summary>
    bool Accepts(string phrase, string argument) => argument.Length == 0;
}

/// <summary>The shapes of argument the commands take.</summary>
public static class CommandArguments
{
    /// <summary>Nothing, or one word: an id or a path ("show D-20261122-7K3Q9"), not a sentence.</summary>
    public static bool IsNoneOrOneWord(string argument) => !argument.Trim().Contains(' ', StringComparison.Ordinal);

    /// <summary>A person's name as typed after a command ("sam", "Sam Rivera"): up to three words of letters, not a sentence or a question.</summary>
    public static bool IsShortName(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.'));
    }
}

/// <param name="Dc">The root dialog context: a handler may begin a dialog that is in the bot's dialog set.</param>
/// <param name="Argument">The rest of the message after the phrase, with its original case ("D-20261122-7K3Q9").</param>
public sealed record CommandRequest(DialogContext Dc, string Phrase, string Argument);
