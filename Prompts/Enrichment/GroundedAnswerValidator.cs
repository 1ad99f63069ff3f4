using System.Text.Json;
using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Enrichment;

/// <summary>
/// Accepts an answer only when it is grounded: it says it is answerable, cites at least one code,
/// and every code it cites or names in its text is the code of a retrieved passage.
/// </summary>
public static partial class GroundedAnswerValidator
{
    private const int MaxAnswerChars = 2000;

    public static GroundedModelAnswer? Validate(string? json, GroundedAnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ModelJson.TryParseObject(json, out var root)
            || !root.TryGetProperty("answerable", out var answerable) || answerable.ValueKind != JsonValueKind.True
            || !ModelJson.TryGetString(root, "answer", out var answer) || string.IsNullOrWhiteSpace(answer)
            || answer.Length > MaxAnswerChars
            || !root.TryGetProperty("citedCodes", out var cited) || cited.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var retrieved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in request.Passages)
        {
            retrieved.TryAdd(p.Code.Trim(), p.Code);
        }

        var codes = new List<string>();
        foreach (var item in cited.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !retrieved.TryGetValue(item.GetString()!.Trim(), out var canonical))
            {
                return null;
            }
            if (!codes.Contains(canonical, StringComparer.OrdinalIgnoreCase))
            {
                codes.Add(canonical);
            }
        }
        if (codes.Count == 0)
        {
            return null;
        }

        // A code named in the prose but not retrieved is a citation the reader would trust
        // and nobody checked.
        foreach (Match m in CodeInText().Matches(answer))
        {
            if (!retrieved.ContainsKey(m.Value))
            {
                return null;
            }
        }
        return new GroundedModelAnswer(answer.Trim(), codes);
    }

    // P8, K3, P6.1, STD-3.1, BS-CONTACT, AC-GOALS, WA-BOND: the code shapes of the knowledge base.
    [GeneratedRegex(@"(?<![\w-])(?:[PK]\d{1,2}(?:\.\d{1,2})?|STD-\d+(?:\.\d+)?|(?:BS|BV|AC|WA|SK|RM|CTX)-[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\w-])")]
    private static partial Regex CodeInText();
}
