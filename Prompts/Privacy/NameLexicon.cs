using System.Reflection;
using System.Text.Json;

namespace AllianceBot.Prompts.Privacy;

/// <summary>
/// The word lists behind name masking: given names (US Social Security Administration), surnames
/// (US 1990 census), common English words (SCOWL) and the context words in name-context.json. All are
/// embedded data (Data/, whose headers name their sources); loaded once per process and read-only.
/// </summary>
internal sealed class NameLexicon
{
    private const string ResourcePrefix = "AllianceBot.Prompts.Privacy.Data.";

    private static readonly Lazy<NameLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _given;
    private readonly HashSet<string> _surnames;
    private readonly HashSet<string> _english;

    private NameLexicon(Dictionary<string, int> given, HashSet<string> surnames, HashSet<string> english, NameContext context)
        => (_given, _surnames, _english, Context) = (given, surnames, english, context);

    public static NameLexicon Default => Embedded.Value;

    public NameContext Context { get; }

    /// <summary>How many US babies were given the name, 0 when it is not on the list (accents ignored: José is Jose).</summary>
    public int GivenCount(string lower) => _given.GetValueOrDefault(lower) is > 0 and var n ? n : _given.GetValueOrDefault(Fold(lower));

    public bool IsSurname(string lower) => _surnames.Contains(lower) || _surnames.Contains(Fold(lower));

    public bool IsEnglishWord(string lower) => _english.Contains(lower);

    /// <summary>
    /// One typing slip from a common word ("sesion", "clinet", "evry", "agian"): one letter dropped,
    /// added, changed, or two swapped. Used only where an unlisted word would otherwise count as a name.
    /// </summary>
    public bool IsOneSlipFromEnglish(string lower)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length && _english.Contains(lower.Remove(i, 1))) return true;
            if (i + 1 < lower.Length && _english.Contains(string.Concat(lower.AsSpan(0, i), lower[i + 1].ToString(), lower[i].ToString(), lower.AsSpan(i + 2)))) return true;
            foreach (var c in Letters)
            {
                if (_english.Contains(lower.Insert(i, c.ToString()))) return true;
                if (i < lower.Length && c != lower[i] && _english.Contains(string.Concat(lower.AsSpan(0, i), c.ToString(), lower.AsSpan(i + 1)))) return true;
            }
        }
        return false;
    }

    /// <summary>The lists are plain ASCII: "sørensen" is looked up as "sorensen".</summary>
    internal static string Fold(string lower)
    {
        if (lower.All(char.IsAscii)) return lower;
        var sb = new System.Text.StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ø' => "o", 'æ' => "ae", 'ł' => "l", 'đ' => "d", 'ß' => "ss", 'œ' => "oe", 'ı' => "i", _ => c.ToString() });
        }
        return sb.ToString();
    }

    /// <summary>Builds a lexicon from list text in the files' own format (for tests).</summary>
    internal static NameLexicon Create(string given, string surnames, string english, string contextJson)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lines(given))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var name = tab < 0 ? line : line[..tab];
            counts[name] = tab < 0 ? 1 : int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
        }
        var context = JsonSerializer.Deserialize<NameContext>(contextJson, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("name-context.json is empty.");
        return new NameLexicon(counts, [.. Lines(surnames)], [.. Lines(english)], context);
    }

    private static NameLexicon LoadEmbedded()
    {
        var assembly = typeof(NameLexicon).Assembly;
        return Create(Read(assembly, "given-names.txt"), Read(assembly, "surnames.txt"), Read(assembly, "english-words.txt"), Read(assembly, "name-context.json"));
    }

    private static IEnumerable<string> Lines(string text)
        => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#');

    private static string Read(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidDataException($"The masker's list {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The context words of name-context.json, as sets.</summary>
internal sealed class NameContext
{
    public HashSet<string> Titles { get; init; } = [];
    public HashSet<string> Honorifics { get; init; } = [];
    public HashSet<string> LowerCaseTitles { get; init; } = [];
    public HashSet<string> PersonBefore { get; init; } = [];
    public HashSet<string> Roles { get; init; } = [];
    public HashSet<string> ContactVerbs { get; init; } = [];
    public HashSet<string> GenericRoles { get; init; } = [];
    public HashSet<string> WeakPersonBefore { get; init; } = [];
    public HashSet<string> PersonAfter { get; init; } = [];
    public HashSet<string> WeakPersonAfter { get; init; } = [];
    public HashSet<string> Determiners { get; init; } = [];
    public HashSet<string> PlacePrepositions { get; init; } = [];
    public HashSet<string> UnknownPlacePrepositions { get; init; } = [];
    public HashSet<string> Places { get; init; } = [];
    public HashSet<string> MotionWords { get; init; } = [];
    public HashSet<string> OrganisationWords { get; init; } = [];
    public HashSet<string> ModelWords { get; init; } = [];
    public HashSet<string> SaintWords { get; init; } = [];
    public HashSet<string> Particles { get; init; } = [];
    public HashSet<string> NeverNames { get; init; } = [];
    public HashSet<string> NeedsCue { get; init; } = [];
}
