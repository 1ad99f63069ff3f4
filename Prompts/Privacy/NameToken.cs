using System.Text.RegularExpressions;

namespace AllianceBot.Prompts.Privacy;

/// <summary>What a word could be, judged from the lists alone (the context decides the rest).</summary>
internal enum NameKind
{
    /// <summary>A given name or surname that is no ordinary word: Sarah, Patel, Nguyen.</summary>
    Strong,

    /// <summary>A name that is also an ordinary word: Grace, Hope, Will, Mark, Young.</summary>
    Ambiguous,

    /// <summary>A month or season that is also a name (April, May): a person only with a cue.</summary>
    NeedsCue,

    /// <summary>A place that is also a name (Victoria, Jordan).</summary>
    Place,

    /// <summary>On no list and no ordinary word: Oluwaseun, Raghunathan, or a place or brand.</summary>
    Unknown,

    /// <summary>An ordinary word, or a word that is never a person here (Bordin, Goals, Monday).</summary>
    Word,
}

/// <summary>One word of the text, with its possessive or contraction ending cut off.</summary>
internal sealed partial class NameToken
{
    private NameToken(int start, int end, string text, bool possessive)
    {
        Start = start;
        End = end;
        Text = text;
        Lower = text.ToLowerInvariant();
        Possessive = possessive;
        Capitalised = text.Length >= 2 && char.IsUpper(text[0]) && text.Skip(1).Any(char.IsLower);
        Lowercase = text.All(c => !char.IsUpper(c));
    }

    public int Start { get; }

    /// <summary>Where the name part ends: before "'s", "'ll", "'m".</summary>
    public int End { get; }

    public string Text { get; }
    public string Lower { get; }
    public bool Possessive { get; }
    public bool Capitalised { get; }
    public bool Lowercase { get; }
    public bool SentenceInitial { get; private set; }
    public NameKind Kind { get; set; }

    public int Letters => Text.Count(char.IsLetter);

    // Words with inner apostrophes or hyphens stay whole (O'Neil, Mary-Kate); a trailing "'s" is cut below.
    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"['’](?:s|m|ll|re|ve|d)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndingRegex();

    public static List<NameToken> Split(string text)
    {
        var tokens = new List<NameToken>();
        foreach (Match m in WordRegex().Matches(text))
        {
            var word = m.Value;
            // "don't", "can't": ordinary words, never a name.
            if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var ending = EndingRegex().Match(word);
            var possessive = ending.Success && char.ToLowerInvariant(ending.Value[1]) == 's' && ending.Value.Length == 2;
            var core = ending.Success ? word[..ending.Index] : word;
            // "Johns' model": a plural possessive.
            possessive |= m.Index + m.Length < text.Length && text[m.Index + m.Length] is '\'' or '’' && !ending.Success;
            var token = new NameToken(m.Index, m.Index + core.Length, core, possessive);
            token.SentenceInitial = StartsSentence(text, m.Index);
            tokens.Add(token);
        }
        return tokens;
    }

    /// <summary>The text between two tokens (what separates them).</summary>
    public static ReadOnlySpan<char> Gap(string text, NameToken left, NameToken right)
        => text.AsSpan(left.End, right.Start - left.End);

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?' or '…' or ':' or ';' or '•' or '*' or '>' or '|')
            {
                return true;
            }
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '-' or '–' or '—')
            {
                i--;
                continue;
            }
            return false;
        }
        return true;
    }
}
