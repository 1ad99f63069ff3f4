namespace AllianceBot.Dialogs.Debrief;

/// <summary>
/// The steps a practitioner goes through, in order: "step 3 of 8: ratings". Each is one question
/// (the basics and the ratings may be answered in one line), and the summary is the last.
/// </summary>
public enum DebriefStage
{
    Basics = 1,
    Narrative,
    Ratings,
    Standard,
    Boundaries,
    NextSteps,
    Supervision,
    Summary,
}
