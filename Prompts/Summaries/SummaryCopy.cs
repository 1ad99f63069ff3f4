namespace AllianceBot.Prompts.Summaries;

/// <summary>The fixed wording of debrief summaries and receipts, in one place for the clinical lead.</summary>
internal static class SummaryCopy
{
    public const string SupervisorTitle = "# Debrief summary";
    public const string ViolationBanner = "> **Boundary violation reported or detected: the practitioner has been asked to contact you now.**";
    public const string WhatHappened = "## What happened";
    public const string NoNarrative = "_No narrative was given._";
    public const string Ratings = "## Alliance ratings (practitioner's own, 1-5)";
    public const string NoRatings = "_Not rated._";
    public const string StandardItems = "## Standard 3.1 items the practitioner reports covering";
    public const string Findings = "## Findings";
    public const string NoFindings = "_No warning signs or alliance concerns were found._";
    public const string WentWell = "## Went well";
    public const string NextSteps = "## Next steps";
    public const string NoNextSteps = "_No next steps recorded._";
    public const string Prompts = "## Prompts offered to the practitioner";
    public const string Footer = "_Generated offline by the AllianceBot engine {0}. Identifiers were masked ({1} replaced)._";

    public const string ReceiptThanks = "Thank you, your debrief is saved and will be shared with your supervisor.";
    public const string ReceiptViolation = "Please contact your supervisor now about the boundary concern noted below.";
    public const string ReceiptFindings = "To reflect on:";
    public const string ReceiptNoFindings = "No warning signs or alliance concerns were found.";
    public const string ReceiptWentWell = "Went well:";
    public const string ReceiptNextSteps = "Your next steps: {0}";
}
