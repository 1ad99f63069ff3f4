using System.Text.RegularExpressions;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Questions;
using AllianceBot.Prompts.Summaries;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Dialogs.Tests.Support;

/// <summary>
/// A small, predictable stand-in for the offline engine (used until Prompts/ ships SupervisionEngine):
/// a real KnowledgeBase from inline data, "gift" in the narrative is a violation, emails and phone numbers are masked.
/// </summary>
public sealed partial class StubReasoning : ISupervisionReasoning
{
    private const string Standard = """
        { "area": "standard", "passages": [
          { "code": "P4", "title": "P4 Discuss roles", "text": "t", "source": "s", "question": "Did you talk through roles?", "firstSession": true },
          { "code": "P5", "title": "P5 Confirm agreement", "text": "t", "source": "s", "question": "Did the client agree to work together?", "firstSession": true },
          { "code": "P6", "title": "P6 Respond to needs", "text": "t", "source": "s", "question": "Did the client have your full attention?" },
          { "code": "P8", "title": "P8 Next steps", "text": "t", "source": "s", "question": "Were next steps clear?", "always": true } ] }
        """;

    private const string Boundaries = """
        { "area": "boundaries", "passages": [
          { "code": "BS-CONTACT", "title": "Yellow light: personal contact details", "text": "t", "source": "s", "severity": "Warning", "question": "Did you share personal contact details?" },
          { "code": "BV-GIFT", "title": "Violation: gifts", "text": "t", "source": "s", "severity": "Violation", "question": "Did you give or accept a significant gift?" } ] }
        """;

    public string Version => "stub-1";

    public KnowledgeBase Knowledge { get; } = KnowledgeBaseLoader.Load([("standard.json", Standard), ("boundaries.json", Boundaries)]);

    public DebriefAnalysis Analyze(DebriefInput input)
    {
        var findings = new List<Finding>();
        foreach (var code in input.SelfReportedSigns)
        {
            findings.Add(new Finding(code, Knowledge.SeverityOf(code) ?? Severity.Warning, code, 0, 0, FindingSource.SelfReported, FindingFields.Scan));
        }
        var gift = input.Narrative.IndexOf("gift", StringComparison.OrdinalIgnoreCase);
        if (gift >= 0 && !input.SelfReportedSigns.Contains("BV-GIFT"))
        {
            findings.Add(new Finding("BV-GIFT", Severity.Violation, input.Narrative.Substring(gift, 4), gift, 4, FindingSource.Detected, FindingFields.Narrative));
        }
        if (input.Ratings?.Bond is <= 2)
        {
            findings.Add(new Finding("AC-BOND", Severity.Warning, "bond", 0, 0, FindingSource.Rating, FindingFields.Ratings));
        }
        var prompts = findings.Select(f => new SupervisionPrompt(f.Code, $"Think about {f.Code}.", PromptKind.Question)).ToList();
        if (!input.StandardItemsDone.Contains("P8"))
        {
            prompts.Add(new SupervisionPrompt("P8", "How will the client know what happens next?", PromptKind.Question));
        }
        var wentWell = input.StandardItemsDone.Select(c => new SupervisionPrompt(c, $"You did {c}.", PromptKind.Acknowledgement)).ToList();
        var reflections = new List<SupervisionPrompt> { new("WA-BOND", "What helped trust grow today?", PromptKind.Question) };
        if (input.Kind == SessionKind.First)
        {
            reflections.Add(new SupervisionPrompt("P5", "How did you check the client wants to work with you?", PromptKind.Question));
        }
        return new DebriefAnalysis(findings, prompts.Take(4).ToList(), wentWell, reflections);
    }

    public DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis)
        => new($"## Summary\n\n{Mask(input.Narrative)}\n\nFindings: {string.Join(", ", analysis.Findings.Select(f => f.Code))}", "Saved.", Mask(input.Narrative));

    public QuestionAnswer Answer(string question, string? previousQuestion)
    {
        if (question.Contains("hurt", StringComparison.OrdinalIgnoreCase))
        {
            return new QuestionAnswer("Please contact your supervisor or emergency services now.", [], AnswerKind.Crisis, []);
        }
        var about = previousQuestion is null ? question : $"{question} (following up on: {previousQuestion})";
        return new QuestionAnswer($"Answer to {about}", ["P8"], AnswerKind.Answered, []);
    }

    public string Mask(string text) => Phone().Replace(Email().Replace(text, "[email]"), "[phone]");

    public bool LooksLikePersonalIdentifier(string text) => Email().IsMatch(text) || Phone().IsMatch(text) || TwoNames().IsMatch(text);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d\s().-]{7,}\d")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[A-Z][a-z]+\s+[A-Z][a-z]+$")]
    private static partial Regex TwoNames();
}
