namespace AllianceBot.Prompts.Summaries;

/// <summary>What is stored and shown after a confirmed debrief. All three texts are already masked.</summary>
public sealed record DebriefSummary(string SupervisorMarkdown, string PractitionerReceipt, string NarrativeExtract);
