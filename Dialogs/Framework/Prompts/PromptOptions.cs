using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Schema;

namespace AllianceBot.Dialogs.Framework.Prompts;

/// <summary>How a prompt offers its choices: Adaptive Card buttons (Teams drops suggested actions), a numbered list in the text, or not at all.</summary>
public enum ListStyle
{
    Card,
    List,
    None,
}

/// <summary>What a prompt asks. Persisted with the prompt, so everything here must be plain JSON.</summary>
public sealed record PromptOptions(
    Activity? Prompt = null,
    Activity? RetryPrompt = null,
    IReadOnlyList<Choice>? Choices = null,
    JsonNode? Validations = null)
{
    public ListStyle Style { get; init; } = ListStyle.Card;

    public static PromptOptions Ask(string prompt, string? retryPrompt = null, IReadOnlyList<Choice>? choices = null)
        => new(Question(prompt), retryPrompt is null ? null : Question(retryPrompt), choices);

    /// <summary>A message that tells the channel an answer is expected.</summary>
    public static Activity Question(string text)
    {
        var activity = Activity.CreateMessage(text);
        activity.InputHint = "expectingInput";
        return activity;
    }
}

public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);

public sealed record FoundChoice(string Value, int Index);
