using System.Globalization;
using AllianceBot.Corpus;
using AllianceBot.Prompts;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Quality;

/// <summary>
/// The question answerer on one split of the question corpus: first cited code right (top-1),
/// a right code among the first three passages (top-3), not-covered messages refused (out-of-scope
/// recall), in-scope messages refused (false refusals) and follow-ups resolved, each with counts and
/// a Wilson interval. A refusal of an in-scope message counts against top-1 and top-3 as well.
/// </summary>
public static class QuestionReport
{
    public sealed record Figures(int InScope, int Top1, int Top3, int OutOfScope, int Refused, int FalseRefusals, int FollowUps, int FollowUpsResolved)
    {
        public string Line(string name, int a, int n) =>
            $"{name,-26} {a,4}/{n,-4} = {(n == 0 ? "n/a" : ((double)a / n).ToString("P1", CultureInfo.InvariantCulture)),7}   {Wilson.Interval(a, n)}";
    }

    public static Figures Print(string title, IReadOnlyList<QuestionCase> cases, SupervisionEngine engine, bool verbose, TextWriter output)
    {
        int inScope = 0, top1 = 0, top3 = 0, oos = 0, refused = 0, falseRefusals = 0, followUps = 0, resolved = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var a = engine.Answer(c.Text, c.Previous);
            bool ok;
            if (c.InScope)
            {
                inScope++;
                var answered = a.Kind == AnswerKind.Answered;
                if (!answered) falseRefusals++;
                var first = answered && a.CitedCodes.Count > 0 && c.Codes.Contains(a.CitedCodes[0]);
                if (first) top1++;
                if (answered && a.Passages.Take(3).Any(p => c.Codes.Contains(p.Code))) top3++;
                ok = first;
                if (!ok) misses.Add($"  {c.Id} [{string.Join(",", c.Codes)}] got {(answered ? "" : a.Kind + " ")}[{string.Join(",", a.Passages.Take(3).Select(p => p.Code))}] «{c.Text}»" + (c.IsFollowUp ? $" << «{c.Previous}»" : ""));
            }
            else
            {
                oos++;
                ok = a.Kind == AnswerKind.NotCovered;
                if (ok) refused++;
                else misses.Add($"  {c.Id} not covered, got {a.Kind} [{string.Join(",", a.CitedCodes)}] «{c.Text}»");
            }
            if (c.IsFollowUp) { followUps++; if (ok) resolved++; }
        }
        var f = new Figures(inScope, top1, top3, oos, refused, falseRefusals, followUps, resolved);
        output.WriteLine($"\n## Questions: {title} ({cases.Count} messages: {inScope} in scope, {oos} not covered, {followUps} follow-ups)");
        output.WriteLine(f.Line("top-1 (first citation)", top1, inScope) + "   target >= 90%");
        output.WriteLine(f.Line("top-3", top3, inScope) + "   target >= 98%");
        output.WriteLine(f.Line("out-of-scope recall", refused, oos) + "   target >= 90%");
        output.WriteLine(f.Line("false refusals (in scope)", falseRefusals, inScope) + "   target <= 5%");
        output.WriteLine(f.Line("follow-ups resolved", resolved, followUps) + "   target >= 90%");
        if (verbose || misses.Count <= 40)
        {
            output.WriteLine($"misses ({misses.Count}):");
            misses.ForEach(output.WriteLine);
        }
        return f;
    }
}
