using AllianceBot.Prompts.Detection;

namespace AllianceBot.Prompts.Knowledge;

/// <summary>The validated, read-only knowledge base. Immutable, so it is safe to share between threads.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgePassage> _byCode;
    private readonly Dictionary<string, Severity> _severities;

    internal KnowledgeBase(
        IReadOnlyList<KnowledgePassage> passages,
        IReadOnlyList<WarningSign> warningSigns,
        IReadOnlyList<StandardItem> standardItems,
        IReadOnlyDictionary<string, Severity> severities)
    {
        Passages = passages;
        WarningSigns = warningSigns;
        StandardItems = standardItems;
        _byCode = passages.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        _severities = new Dictionary<string, Severity>(severities, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<KnowledgePassage> Passages { get; }

    /// <summary>The boundary scan, yellow lights first, then violations.</summary>
    public IReadOnlyList<WarningSign> WarningSigns { get; }

    /// <summary>P1-P9 with plain-language questions for the debrief checklist.</summary>
    public IReadOnlyList<StandardItem> StandardItems { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public KnowledgePassage? Find(string code) => _byCode.GetValueOrDefault(code);

    public KnowledgePassage Get(string code) =>
        _byCode.TryGetValue(code, out var p) ? p : throw new KeyNotFoundException($"No knowledge-base passage with code '{code}'.");

    /// <summary>The severity a code carries when it is found (signs, violations, alliance concerns); null for plain knowledge.</summary>
    public Severity? SeverityOf(string code) => _severities.TryGetValue(code, out var s) ? s : null;
}
