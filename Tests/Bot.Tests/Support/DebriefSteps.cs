using AllianceBot.Dialogs.Debrief;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// Steps through the product's debrief that wire tests share. Each takes the test's own way of
/// saying something (with whatever it asserts on every turn), so the step adds no checks of its own
/// beyond reaching where it goes.
/// </summary>
internal static class DebriefSteps
{
    /// <summary>Skips the optional questions until the preview is shown.</summary>
    public static async Task SkipToPreviewAsync(Func<string, Task<IReadOnlyList<string>>> say)
    {
        for (var i = 0; i < 5; i++)
        {
            if ((await say("skip")).Any(r => r.Contains(DebriefCopy.PreviewIntro, StringComparison.Ordinal)))
            {
                return;
            }
        }
        Assert.Fail("Five skips did not reach the preview.");
    }
}
