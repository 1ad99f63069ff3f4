using AllianceBot.Dialogs.Questions;

namespace AllianceBot.Dialogs.Commands;

/// <summary>"ask &lt;question&gt;": the engine's answer with the codes it cites.</summary>
public sealed class AskCommand(QuestionResponder responder) : ICommandHandler
{
    public IReadOnlyList<string> Phrases { get; } = ["ask", "question"];
    public string? Usage => CommandsCopy.AskUsage;
    public bool PersonalOnly => false;

    public bool Accepts(string phrase, string argument) => true;

    public Task HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        => responder.AnswerAsync(request.Dc.Context, request.Argument, cancellationToken);
}
