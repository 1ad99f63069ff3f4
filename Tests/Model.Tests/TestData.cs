using System.Text.Json.Nodes;
using AllianceBot.Prompts.Enrichment;

namespace AllianceBot.Model.Tests;

/// <summary>A realistic debrief and knowledge passages (written for these tests), sized like the real ones.</summary>
internal static class TestData
{
    public const string Debrief =
        "First session with C-104, a mid-career client who wants to move from retail management into project work. " +
        "We started late because my previous appointment ran over, so the intake felt rushed. I explained confidentiality " +
        "but did not get to the limits of what I can offer or how long we would work together. She wants a new job within " +
        "a month and kept coming back to her CV; I think she first needs to look at what she values in work, and we never " +
        "really agreed on what our sessions are for. She was warm and open about her frustration with her manager. " +
        "Near the end she asked if she could text me on my personal phone between sessions with quick questions and I said " +
        "that was fine. She also brought me a gift card for the coffee shop downstairs to thank me, and I accepted it because " +
        "refusing felt rude. We agreed she would draft a list of roles she is curious about before next week. " +
        "I felt tired and a bit pulled into fixing things for her.";

    public static readonly IReadOnlySet<string> KnownCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "STD-3.1", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "K1", "K2", "K3", "K4",
        "BS-TIME", "BS-SELECT", "BS-SELFDISCLOSE", "BS-DRESS", "BS-THOUGHTS", "BS-CONTACT", "BS-PROLONG",
        "BV-ROMANCE", "BV-DUAL", "BV-GIFT", "BV-EXPLOIT",
        "AC-GOALS", "AC-TASKS", "AC-BOND", "AC-FOLLOWUP", "AC-RUSHED",
    };

    public static readonly IReadOnlyList<OfflineFinding> OfflineFindings =
    [
        new("BS-CONTACT", "warning", "text me on my personal phone between sessions"),
        new("AC-RUSHED", "note", "the intake felt rushed"),
    ];

    public static readonly IReadOnlyList<KnowledgeSnippet> Passages =
    [
        new("P4", "Clarify roles and expectations",
            "At the start of the work the practitioner and the client talk through what each of them will do, what the client can " +
            "expect from the service, how long the work is likely to take and where its limits are. Expectations that stay unspoken " +
            "tend to surface later as disappointment, so they are named early and revisited when the work changes direction."),
        new("P8", "Agree on goals",
            "The practitioner and the client arrive at goals they both endorse. When the client wants a quick result and the " +
            "practitioner sees a deeper need, the difference is talked about openly rather than settled by either side alone. " +
            "Agreed goals are written down in the client's words and checked at later sessions."),
        new("K3", "Knowledge of the working alliance",
            "The working alliance has three parts: agreement on the goals of the work, agreement on the tasks that will get there, " +
            "and the bond of trust between the two people. A strong bond does not make up for disagreement about goals or tasks; " +
            "ruptures in any part are normal and are repaired by noticing and naming them."),
        new("BS-CONTACT", "Contact outside sessions",
            "Letting a client reach the practitioner on a personal phone, by text or on social media blurs the edge of the " +
            "professional relationship. It is a yellow light: not a violation in itself, but a reason to set a clear channel and " +
            "hours for contact and to talk it over with a supervisor."),
        new("BV-GIFT", "Gifts of value",
            "Accepting gifts beyond a small token, money or gift cards, or favours from a client can create a sense of obligation " +
            "and a second relationship. Many codes of practice treat this as a boundary violation; the practitioner declines " +
            "kindly, explains why, and records and discusses it with a supervisor."),
        new("AC-GOALS", "Goals not agreed",
            "When the practitioner and client leave a session without a shared sense of what the work is for, the alliance is at " +
            "risk even if the conversation felt warm. A next step is to name the different hopes and agree on one goal to start with."),
    ];

    public static DebriefEnrichmentRequest Request(string? text = null, IReadOnlyList<KnowledgeSnippet>? passages = null) =>
        new(text ?? Debrief, OfflineFindings, passages ?? Passages, KnownCodes);

    public static string DebriefJson(string summary, (string Code, string Severity, string Evidence)[] findings, (string Code, string Text)[] prompts) =>
        new JsonObject
        {
            ["supervisorSummary"] = summary,
            ["findings"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
            {
                ["code"] = f.Code, ["severity"] = f.Severity, ["evidence"] = f.Evidence,
            }).ToArray()),
            ["prompts"] = new JsonArray(prompts.Select(p => (JsonNode)new JsonObject { ["code"] = p.Code, ["text"] = p.Text }).ToArray()),
        }.ToJsonString();

    /// <summary>What a good model answers for <see cref="Debrief"/>: about the size of a real answer.</summary>
    public static string RealisticDebriefJson() => DebriefJson(
        "First session with C-104 about a move from retail management into project work. The bond looks warm, but goals were " +
        "not agreed: the client wants a job within a month while the practitioner sees a values question first. Two boundary " +
        "signs need supervision: personal-phone contact between sessions and an accepted gift card.",
        [
            ("BV-GIFT", "violation", "brought me a gift card for the coffee shop downstairs"),
            ("AC-GOALS", "warning", "we never really agreed on what our sessions are for"),
            ("P4", "note", "did not get to the limits of what I can offer"),
        ],
        [
            ("BV-GIFT", "What would it take to hand the gift card back kindly, and how will you explain the reason to C-104?"),
            ("AC-GOALS", "How could you put her wish for a quick job and your sense of a values question side by side next session?"),
            ("BS-CONTACT", "Which channel and hours for contact between sessions would you be comfortable holding to?"),
            ("P4", "What would you say about the limits and length of the work if you could redo the end of the intake?"),
        ]);

    public static string AnswerJson(string answer, params string[] cited) =>
        new JsonObject
        {
            ["answerable"] = true,
            ["answer"] = answer,
            ["citedCodes"] = new JsonArray(cited.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
        }.ToJsonString();
}
