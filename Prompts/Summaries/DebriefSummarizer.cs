using System.Globalization;
using System.Text;
using AllianceBot.Prompts.Detection;
using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Privacy;
using AllianceBot.Prompts.Supervision;

namespace AllianceBot.Prompts.Summaries;

/// <summary>
/// Writes the supervisor-facing Markdown and the practitioner's receipt from a finished debrief.
/// Everything is masked on the way out and nothing depends on the clock, so equal input gives
/// byte-equal output.
/// </summary>
internal sealed class DebriefSummarizer(KnowledgeBase kb, IdentifierMasker masker)
{
    private const int MaxEvidenceChars = 200;

    public DebriefSummary Summarize(DebriefInput input, DebriefAnalysis analysis)
    {
        string M(string? s) => masker.Mask(s ?? "").Text;

        var extract = M(ExtractiveSummarizer.Extract(input.Narrative ?? "", analysis.Findings));
        var md = new StringBuilder();
        md.AppendLine(SummaryCopy.SupervisorTitle).AppendLine();
        md.Append("Session: ").Append(input.Kind.ToString().ToLowerInvariant()).AppendLine().AppendLine();
        if (analysis.HasViolation) md.AppendLine(SummaryCopy.ViolationBanner).AppendLine();

        md.AppendLine(SummaryCopy.WhatHappened).AppendLine(extract.Length > 0 ? extract : SummaryCopy.NoNarrative).AppendLine();

        md.AppendLine(SummaryCopy.Ratings).AppendLine(RatingsTable(input)).AppendLine();

        var items = (input.StandardItemsDone ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(kb.Contains).Distinct().ToList();
        if (items.Count > 0)
            md.AppendLine(SummaryCopy.StandardItems).AppendLine(string.Join(", ", items.Select(c => $"{c} ({kb.Get(c).Title})"))).AppendLine();

        md.AppendLine(SummaryCopy.Findings);
        if (analysis.Findings.Count == 0) md.AppendLine(SummaryCopy.NoFindings);
        foreach (var f in analysis.Findings)
        {
            var title = kb.Find(f.Code)?.Title ?? f.Code;
            md.Append("- **").Append(f.Severity).Append("** ").Append(f.Code).Append(" (").Append(title).Append("), ")
              .Append(Describe(f.Source)).Append(": \"").Append(Clip(M(f.Evidence))).AppendLine("\"");
        }
        md.AppendLine();

        if (analysis.WentWell.Count > 0)
        {
            md.AppendLine(SummaryCopy.WentWell);
            foreach (var p in analysis.WentWell) md.Append("- ").Append(p.Code).Append(": ").AppendLine(p.Text);
            md.AppendLine();
        }

        md.AppendLine(SummaryCopy.NextSteps)
          .AppendLine(string.IsNullOrWhiteSpace(input.NextSteps) ? SummaryCopy.NoNextSteps : M(input.NextSteps.Trim()))
          .AppendLine();

        if (analysis.Prompts.Count > 0)
        {
            md.AppendLine(SummaryCopy.Prompts);
            foreach (var p in analysis.Prompts) md.Append("- ").Append(p.Code).Append(": ").AppendLine(p.Text);
            md.AppendLine();
        }
        md.AppendFormat(CultureInfo.InvariantCulture, SummaryCopy.Footer, SupervisionEngine.Version, MaskedInInput(input)).AppendLine();

        return new DebriefSummary(md.ToString(), Receipt(input, analysis, M), extract);
    }

    /// <summary>
    /// How many identifiers and names the practitioner's own text had: its answers were masked as they
    /// were typed, so the count is of the masks they carry (and of any found now), each field once.
    /// </summary>
    private int MaskedInInput(DebriefInput input)
        => new[] { input.Narrative, input.NextSteps }.Concat(input.Reflections ?? [])
            .Sum(text => IdentifierMasker.CountMasks(masker.Mask(text ?? "").Text));

    private string Receipt(DebriefInput input, DebriefAnalysis analysis, Func<string?, string> mask)
    {
        var sb = new StringBuilder();
        sb.AppendLine(SummaryCopy.ReceiptThanks);
        if (analysis.HasViolation) sb.AppendLine(SummaryCopy.ReceiptViolation);
        var codes = analysis.Findings.Select(f => f.Code).Distinct().ToList();
        if (codes.Count == 0) sb.AppendLine(SummaryCopy.ReceiptNoFindings);
        else
        {
            sb.AppendLine(SummaryCopy.ReceiptFindings);
            foreach (var c in codes) sb.Append("- ").Append(c).Append(": ").AppendLine(kb.Find(c)?.Title ?? c);
        }
        if (analysis.WentWell.Count > 0)
        {
            sb.AppendLine(SummaryCopy.ReceiptWentWell);
            foreach (var p in analysis.WentWell) sb.Append("- ").AppendLine(p.Text);
        }
        if (!string.IsNullOrWhiteSpace(input.NextSteps))
            sb.AppendFormat(CultureInfo.InvariantCulture, SummaryCopy.ReceiptNextSteps, mask(input.NextSteps.Trim())).AppendLine();
        return sb.ToString().TrimEnd() + "\n";
    }

    private static string RatingsTable(DebriefInput input)
    {
        if (input.Ratings is null) return SummaryCopy.NoRatings;
        var now = input.Ratings;
        var before = input.PreviousRatings;
        static string V(int? r) => r is >= 1 and <= 5 ? r.Value.ToString(CultureInfo.InvariantCulture) : "-";
        var sb = new StringBuilder("| | now | previous |\n|---|---|---|\n");
        sb.Append("| goals | ").Append(V(now.Goals)).Append(" | ").Append(V(before?.Goals)).Append(" |\n");
        sb.Append("| tasks | ").Append(V(now.Tasks)).Append(" | ").Append(V(before?.Tasks)).Append(" |\n");
        sb.Append("| bond | ").Append(V(now.Bond)).Append(" | ").Append(V(before?.Bond)).Append(" |");
        return sb.ToString();
    }

    private static string Describe(FindingSource source) => source switch
    {
        FindingSource.Detected => "found in the debrief",
        FindingSource.SelfReported => "ticked by the practitioner",
        FindingSource.Rating => "from the ratings",
        _ => "suggested by the model",
    };

    private static string Clip(string s)
    {
        var oneLine = s.Replace('\n', ' ').Replace('\r', ' ').Replace('"', '\'');
        return oneLine.Length <= MaxEvidenceChars ? oneLine : oneLine[..MaxEvidenceChars] + "…";
    }
}
