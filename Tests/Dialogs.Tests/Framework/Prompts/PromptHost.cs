using AllianceBot.Dialogs.Framework;
using AllianceBot.Dialogs.Framework.Prompts;
using AllianceBot.TestKit;

namespace AllianceBot.Dialogs.Tests.Framework.Prompts;

/// <summary>One prompt asked by a one-step waterfall whose result is the prompt's answer.</summary>
internal static class PromptHost
{
    public static DialogTestClient Client(Dialog prompt, PromptOptions options)
        => new(new HostDialog(
            new WaterfallDialog("ask", [(step, ct) => step.PromptAsync(prompt.Id, options, ct), Steps.EndWithResult()]),
            prompt));

    public static async Task<DialogTestClient> AskedAsync(Dialog prompt, PromptOptions options)
    {
        var client = Client(prompt, options);
        await client.SendActivityAsync("start");
        return client;
    }
}
