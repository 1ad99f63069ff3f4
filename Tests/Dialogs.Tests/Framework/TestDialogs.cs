using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;

namespace AllianceBot.Dialogs.Tests.Framework;

/// <summary>A root that hosts the dialogs under test, with the standard interruptions.</summary>
internal sealed class HostDialog : InterruptibleDialog
{
    public HostDialog(params Dialog[] dialogs) : base("host")
    {
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }
}

/// <summary>A component without interruptions, for nesting tests.</summary>
internal sealed class PlainComponent : ComponentDialog
{
    public PlainComponent(string id, params Dialog[] dialogs) : base(id)
    {
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }
}

internal static class Steps
{
    public static WaterfallStep Ask(string promptId, string question)
        => (step, ct) => step.PromptAsync(promptId, PromptOptions.Ask(question), ct);

    public static WaterfallStep Say(string text)
        => async (step, ct) =>
        {
            await step.Context.SendActivityAsync(Schema.Activity.CreateMessage(text), ct);
            return await step.NextAsync(step.Result, ct);
        };

    public static WaterfallStep EndWithResult()
        => (step, ct) => step.EndDialogAsync(step.Result, ct);
}
