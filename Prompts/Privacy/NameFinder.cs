namespace AllianceBot.Prompts.Privacy;

/// <summary>
/// Finds people's names in free text: full names, title and surname ("Mr. Patel"), and given names
/// that refer to a person. A word is judged by the lists (a name? an ordinary word too?) and then by
/// its place: capitalised mid-sentence, after a title, after "my client" or "told", before "said", next
/// to another name. Words that are also ordinary words (Grace, Hope, Will), months, places and the
/// standard's terms (Bordin, Goals, Bond) need a cue before they count as a person. A word found to be
/// a name once is a name wherever it appears again in the same case ("Will agreed" makes the opening
/// "Will came in" a name too, but not "he will").
/// </summary>
internal sealed class NameFinder(NameLexicon lexicon)
{
    private const int MaxNameWords = 4;
    private const int CommonGivenName = 500;
    private const int CommonAmbiguousName = 1000;
    private const int CommonLowerCaseName = 2000;

    private NameContext Cx => lexicon.Context;

    /// <summary>The name spans of <paramref name="text"/> (start, length), in order and not overlapping.</summary>
    public IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = new Scan(text, NameToken.Split(text));
        foreach (var token in s.Tokens)
        {
            token.Kind = Classify(token.Lower, token.Text);
            // "FaceTime", "PhD", "ODs": a word on no list with capitals inside is a brand or an abbreviation;
            // "narcanned", "ghosting": one with a verb's ending is a word, misspelt or new.
            if (token.Kind == NameKind.Unknown && (token.Text.Skip(1).Any(char.IsUpper) || token.Lower.EndsWith("ing", StringComparison.Ordinal)
                || token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                token.Kind = NameKind.Word;
            }
        }
        var found = new List<(int First, int Last)>();
        var i = 0;
        while (i < s.Tokens.Count)
        {
            var (isName, last) = TitledName(s, i) ?? Group(s, i);
            if (isName)
            {
                found.Add((i, last));
                s.LastName = last;
            }
            i = last + 1;
        }
        Propagate(s, found);
        if (AddListNeighbours(s, found))
        {
            Propagate(s, found);
        }
        return [.. found.OrderBy(f => f.First).Select(f => WithInitials(text, s.Tokens[f.First].Start, s.Tokens[f.Last].End))];
    }

    // "Jordan M." and "J. Okafor": an initial written beside a name is part of it (it narrows down who).
    private static (int Start, int Length) WithInitials(string text, int start, int end)
    {
        if (end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && text[end + 2] == '.'
            && (end + 3 == text.Length || !char.IsLetter(text[end + 3])))
        {
            end += 3;
        }
        if (start >= 3 && text[start - 1] == ' ' && text[start - 2] == '.' && char.IsUpper(text[start - 3])
            && (start == 3 || !char.IsLetter(text[start - 4])))
        {
            start -= 3;
        }
        return (start, end - start);
    }

    /// <summary>"Sarah1", "patel-2026": a code that carries a common given name or surname (and no ordinary word) is not a code.</summary>
    public bool ContainsCommonName(string code)
    {
        foreach (var run in System.Text.RegularExpressions.Regex.Matches(code, @"\p{L}+").Select(m => m.Value))
        {
            var lower = run.ToLowerInvariant();
            if (lower.Length >= 3 && !lexicon.IsEnglishWord(lower) && !Cx.NeverNames.Contains(lower)
                && (lexicon.GivenCount(lower) >= CommonAmbiguousName || lexicon.IsSurname(lower)))
            {
                return true;
            }
        }
        return false;
    }

    private NameKind Classify(string lower, string text)
    {
        if (Cx.NeverNames.Contains(lower) || Cx.Titles.Contains(lower)) return NameKind.Word;
        if (Cx.NeedsCue.Contains(lower)) return NameKind.NeedsCue;
        if (Cx.Places.Contains(lower)) return NameKind.Place;
        var parts = lower.Split('-', '\'', '’').Where(p => p.Length > 1).ToList();
        if (parts.Count > 1)
        {
            // "Park-Lambert", "Soo-ah" and "Al-Sayed" are names; "Co-facilitated" and "Self-Care" are not.
            var kinds = parts.Select(ClassifyPart).ToList();
            var everyPartCapitalised = text.Split('-', '\'', '’').Where(p => p.Length > 1).All(p => char.IsUpper(p[0]));
            if (!char.IsUpper(text[0]) && kinds.Contains(NameKind.Word))
            {
                return NameKind.Word; // "co-op", "follow-up"
            }
            var longWord = !everyPartCapitalised && parts.Where((p, k) => kinds[k] == NameKind.Word && p.Length >= 5).Any();
            return kinds.All(k => k == NameKind.Word) ? NameKind.Word
                : kinds.Contains(NameKind.Strong) && !longWord ? NameKind.Strong
                : kinds.All(k => k == NameKind.Unknown) ? NameKind.Unknown
                : kinds.Contains(NameKind.Word) ? NameKind.Word
                : NameKind.Ambiguous;
        }
        return ClassifyPart(parts.Count == 1 ? parts[0] : lower);
    }

    private NameKind ClassifyPart(string lower)
    {
        if (lower.Length <= 2 && lexicon.GivenCount(lower) == 0 && !lexicon.IsSurname(lower)) return NameKind.Word;
        if (Cx.NeverNames.Contains(lower)) return NameKind.Word;
        var name = lexicon.GivenCount(lower) > 0 || lexicon.IsSurname(lower);
        var word = lexicon.IsEnglishWord(lower);
        return (name, word) switch
        {
            (true, false) => NameKind.Strong,
            (true, true) => NameKind.Ambiguous,
            (false, true) => NameKind.Word,
            _ => NameKind.Unknown,
        };
    }

    /// <summary>"Mr. Patel", "Dr Ana Torres", "ms nguyen", "Uncle Dave": the title and the name words after it.</summary>
    private (bool, int)? TitledName(Scan s, int i)
    {
        var title = s.Tokens[i];
        if (i + 1 >= s.Tokens.Count || title.Possessive)
        {
            return null;
        }
        var next = s.Tokens[i + 1];
        var gap = s.Gap(i, i + 1).Trim();
        bool fits;
        if (Cx.Titles.Contains(title.Lower) && (gap.Length == 0 || gap is "."))
        {
            fits = title.Capitalised || title.Text.All(char.IsUpper)
                ? next.Capitalised || IsParticleBridge(s, i + 1)
                // Lower-case "miss" is mostly the verb: only the short titles count in lower case.
                : Cx.LowerCaseTitles.Contains(title.Lower) && next.Letters >= 2 && (next.Capitalised || next.Kind is not NameKind.Word);
        }
        else
        {
            fits = title.Capitalised && Cx.Honorifics.Contains(title.Lower) && gap.Length == 0 && next.Capitalised && next.Kind != NameKind.Word;
        }
        if (!fits)
        {
            return null;
        }
        var last = i + 1;
        while (last + 1 < s.Tokens.Count && last - i < MaxNameWords && !s.Tokens[last].Possessive && s.Joined(last, last + 1))
        {
            if (s.Tokens[last + 1].Capitalised && s.Tokens[last + 1].Kind != NameKind.Word)
            {
                last++;
            }
            else if (IsParticleBridge(s, last + 1))
            {
                last = NextCapital(s, last + 1);
            }
            else
            {
                break;
            }
        }
        return (true, last);
    }

    /// <summary>A run of name words starting at <paramref name="i"/>: whether it is a person, and the index of its last word.</summary>
    private (bool, int) Group(Scan s, int i)
    {
        var first = s.Tokens[i];
        if (first.Letters < 2 || Cx.Titles.Contains(first.Lower))
        {
            return (false, i);
        }
        if (first.Capitalised)
        {
            if (first.Kind == NameKind.Word)
            {
                // "her aunty, Mere, runs": an ordinary word as a name, after a word that names a person's role.
                return (!first.SentenceInitial && IsRoleBefore(s, i), i);
            }
            var last = CapitalisedRun(s, i);
            // "Northgate Logistics", "Grace Hospital": an organisation or a place, not a person.
            for (var k = i + 1; k <= last; k++)
            {
                if (Cx.OrganisationWords.Contains(s.Tokens[k].Lower))
                {
                    return (false, last);
                }
            }
            // "by June Aroha Ngata": a month or place leading a run is its own word unless a cue says otherwise.
            if (last > i && first.Kind is NameKind.NeedsCue or NameKind.Place && !first.SentenceInitial && !BeforeCue(s, i, weak: false))
            {
                return (false, s.Tokens.Skip(i).Take(last - i + 1).All(t => t.Kind == NameKind.Place) ? last : i);
            }
            if (last == i && first.Kind is NameKind.Strong or NameKind.Unknown && IsPlaceContext(s, i))
            {
                return (false, i);
            }
            if (IsCapitalisedName(s, i, last))
            {
                return (true, last);
            }
            return first.Kind == NameKind.Strong && !SaintBefore(s, i) && !OrganisationAfter(s, i) ? (true, i) : (false, last);
        }
        if (first.Lowercase && first.Letters >= 3)
        {
            return IsLowerCaseName(s, i) ? (true, LowerCaseRun(s, i)) : (false, i);
        }
        return (false, i);
    }

    private int CapitalisedRun(Scan s, int i)
    {
        var last = i;
        while (last + 1 < s.Tokens.Count && last - i + 1 < MaxNameWords && !s.Tokens[last].Possessive && s.Joined(last, last + 1))
        {
            var next = s.Tokens[last + 1];
            if (next.Capitalised && next.Kind != NameKind.Word && next.Letters >= 2)
            {
                last++;
            }
            else if (IsParticleBridge(s, last + 1))
            {
                last = NextCapital(s, last + 1);
            }
            else
            {
                break;
            }
        }
        return last;
    }

    /// <summary>"diego ramirez soto": a lower-case given name and the surnames after it.</summary>
    private int LowerCaseRun(Scan s, int i)
    {
        var last = i;
        while (last + 1 < s.Tokens.Count && last - i + 1 < 3 && !s.Tokens[last].Possessive && s.Joined(last, last + 1)
               && s.Tokens[last + 1].Lowercase && s.Tokens[last + 1].Kind == NameKind.Strong && lexicon.IsSurname(s.Tokens[last + 1].Lower))
        {
            last++;
        }
        return last;
    }

    private bool IsLowerCaseName(Scan s, int i)
    {
        var token = s.Tokens[i];
        return token.Kind switch
        {
            // "seen kwame mensah", "daughter lisa": a common given name that is no English word, unless it follows
            // "a", "the", "at" ("a jerry can"); a rarer one needs a cue.
            NameKind.Strong => IsCommonName(token) && !AfterArticle(s, i) || HasCue(s, i, i, weak: true) || LowerCaseRun(s, i) > i || IsHeading(s, i),
            // "pat called", "a recruiter called miles": an ordinary word in lower case is a name only when it is a
            // common given name that opens its clause before a verb like "said", or is what someone is called.
            NameKind.Ambiguous or NameKind.NeedsCue => lexicon.GivenCount(token.Lower) >= CommonAmbiguousName && LowerCaseCue(s, i),
            // "his wife ioana", "brother sipho": a word on no list right after a family or personal role.
            NameKind.Unknown => OpensClauseBeforeVerb(s, i) || token.Letters >= 3 && AfterPersonalRole(s, i) || IsHeading(s, i)
                || token.Letters >= 5 && s.Previous(i) is { } verb && Cx.ContactVerbs.Contains(verb.Lower)
                // "told dariusz", "met nusrat": after what was done to a person (a past tense), not "visit tommorow".
                || token.Letters >= 4 && s.Previous(i) is { } told && Cx.PersonBefore.Contains(told.Lower)
                   && (told.Lower.EndsWith("ed", StringComparison.Ordinal) || told.Lower is "told" or "met" or "saw" or "seen" or "rang")
                   && !lexicon.IsOneSlipFromEnglish(token.Lower),
            NameKind.Place => IsCommonName(token) && !(s.Previous(i) is { } p && Cx.PlacePrepositions.Contains(p.Lower)),
            _ => false,
        };
    }

    private bool LowerCaseCue(Scan s, int i)
        => !Cx.PersonAfter.Contains(s.Tokens[i].Lower)
           && (s.Previous(i) is { Lower: "called" or "named" or "name" } || OpensClauseBeforeVerb(s, i)
               || AfterPersonalRole(s, i) && AfterCue(s, i, weak: false));

    private bool AfterPersonalRole(Scan s, int i)
        => s.Previous(i, loose: true) is { } before && Cx.Roles.Contains(before.Lower) && !Cx.GenericRoles.Contains(before.Lower);

    /// <summary>"kaveh - visa stuff": a chat note that opens with who it is about.</summary>
    private static bool IsHeading(Scan s, int i)
        => i == 0 && s.Tokens[i].Letters >= 4 && s.Tokens.Count > 1 && s.Gap(0, 1).Trim() is "-" or "–" or ":";

    private bool OpensClauseBeforeVerb(Scan s, int i)
        => s.Tokens[i].Letters >= 3 && (s.Tokens[i].SentenceInitial || s.Previous(i) is null) && AfterCue(s, i, weak: false);

    private bool AfterArticle(Scan s, int i)
        => s.Previous(i) is { } before && (Cx.Determiners.Contains(before.Lower) || before.Lower is "at" or "of" or "in" or "on");

    private bool IsCapitalisedName(Scan s, int i, int last)
    {
        var words = s.Tokens.Skip(i).Take(last - i + 1).Where(t => t.Capitalised).ToList();
        var first = s.Tokens[i];
        if (OrganisationAfter(s, last) || SaintBefore(s, i))
        {
            return false;
        }
        if (words.Any(w => w.Kind == NameKind.Strong))
        {
            return true;
        }
        var strongCue = HasCue(s, i, last, weak: false);
        var anyCue = strongCue || HasCue(s, i, last, weak: true);
        var before = s.Previous(i);
        var determiner = before is not null && Cx.Determiners.Contains(before.Lower);
        var placeBefore = before is not null && Cx.UnknownPlacePrepositions.Contains(before.Lower);
        if (words.Count == 1)
        {
            return first.Kind switch
            {
                NameKind.NeedsCue => strongCue && !first.Possessive || BeforeCue(s, i, weak: false),
                NameKind.Place => strongCue || !first.SentenceInitial && !determiner && !(before is not null && Cx.PlacePrepositions.Contains(before.Lower)),
                // "Hope said", "Will agreed"; not "Parent phoned" (a surname, but no given name).
                NameKind.Ambiguous => strongCue && (!first.SentenceInitial || IsGiven(first)) || !determiner && (first.Possessive || !first.SentenceInitial && !(placeBefore && before!.Lower != "of")),
                // "Lemye has been quiet", not "Sesion was short" (a slip for "session").
                NameKind.Unknown => first.SentenceInitial
                    ? strongCue || first.Possessive || anyCue && !lexicon.IsOneSlipFromEnglish(first.Lower)
                    : !determiner && !placeBefore,
                _ => false,
            };
        }
        // Two or more capitalised words, none a sure name: "Will Young", "Efua Ampofo", "Aroha Ngata".
        if (determiner || words.All(w => w.Kind == NameKind.Place))
        {
            return false;
        }
        if (!first.SentenceInitial)
        {
            return !placeBefore || anyCue;
        }
        return anyCue || words[^1].Possessive || words.All(w => w.Kind is NameKind.Ambiguous or NameKind.Unknown) && words.Any(w => w.Kind == NameKind.Unknown || IsGiven(w));
    }

    /// <summary>
    /// A word found as a name is a name again elsewhere in the same case: "Will agreed" makes "Will came
    /// in" a name, "grace talked" makes "w/ grace" one; not after "the", "with", "I" and the like.
    /// </summary>
    private void Propagate(Scan s, List<(int First, int Last)> found)
    {
        var taken = new bool[s.Tokens.Count];
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, last) in found)
        {
            for (var k = first; k <= last; k++)
            {
                taken[k] = true;
                var t = s.Tokens[k];
                if (t.Kind != NameKind.Word && t.Letters >= 2 && !Cx.Particles.Contains(t.Lower) && !Cx.Honorifics.Contains(t.Lower))
                {
                    words.Add(t.Text);
                }
            }
        }
        if (words.Count == 0)
        {
            return;
        }
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var t = s.Tokens[k];
            if (taken[k] || !words.Contains(t.Text) || OrganisationAfter(s, k) || SaintBefore(s, k))
            {
                continue;
            }
            var before = s.Previous(k);
            if (t.Lowercase && before is not null && (Cx.Determiners.Contains(before.Lower) || before.Lower is "i" or "we" or "you" or "they" or "he" or "she" or "it" or "with" or "of" or "no" or "in"))
            {
                continue;
            }
            found.Add((k, k));
        }
    }

    /// <summary>"grace + hope both in group": a common given name listed right beside a name found is one too.</summary>
    private bool AddListNeighbours(Scan s, List<(int First, int Last)> found)
    {
        var taken = new bool[s.Tokens.Count];
        foreach (var (first, last) in found)
        {
            for (var k = first; k <= last; k++) taken[k] = true;
        }
        var added = false;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var t = s.Tokens[k];
            if (taken[k] || t.Kind is not (NameKind.Ambiguous or NameKind.NeedsCue or NameKind.Strong) || lexicon.GivenCount(t.Lower) < CommonAmbiguousName
                || Cx.PersonAfter.Contains(t.Lower))
            {
                continue;
            }
            var left = k > 0 && taken[k - 1] && s.Gap(k - 1, k).Trim() is "+" or "&" or ",";
            var right = k + 1 < s.Tokens.Count && taken[k + 1] && s.Gap(k, k + 1).Trim() is "+" or "&";
            if (left || right)
            {
                found.Add((k, k));
                taken[k] = true;
                added = true;
            }
        }
        return added;
    }

    private bool HasCue(Scan s, int i, int last, bool weak)
        => BeforeCue(s, i, weak) || AfterCue(s, last, weak) || (s.Tokens[i].Capitalised || s.Tokens[i].Kind == NameKind.Strong) && NextToName(s, i, last) || s.Tokens[last].Possessive && weak;

    private bool BeforeCue(Scan s, int i, bool weak)
        => s.Previous(i, loose: true) is { } before
           && (Cx.PersonBefore.Contains(before.Lower) || Cx.Roles.Contains(before.Lower) || weak && Cx.WeakPersonBefore.Contains(before.Lower));

    private bool AfterCue(Scan s, int last, bool weak)
        => s.Following(last) is { } after
           && Cx.PersonAfter.Contains(after.Lower) && (weak || !Cx.WeakPersonAfter.Contains(after.Lower));

    /// <summary>"moved back to Valencia", "grew up in Florence", "in Osaka": a name on the lists used as a place.</summary>
    private bool IsPlaceContext(Scan s, int i)
    {
        if (s.Tokens[i].Possessive || s.Previous(i) is not { } before)
        {
            return false;
        }
        if (before.Lower == "in")
        {
            return true;
        }
        return before.Lower is "to" or "from" or "at" && s.Previous(i - 1) is { } verb && Cx.MotionWords.Contains(verb.Lower);
    }

    /// <summary>"her aunty, Mere": a role word right before (commas allowed), not a verb.</summary>
    private bool IsRoleBefore(Scan s, int i)
        => s.Previous(i, loose: true) is { } before && Cx.Roles.Contains(before.Lower)
           && (s.Following(i) is { } after && Cx.PersonAfter.Contains(after.Lower) && !Cx.WeakPersonAfter.Contains(after.Lower)
               || s.Tokens[i].End < s.Text.Length && s.Text[s.Tokens[i].End] is ',' or ')');

    /// <summary>"Sarah and Tom", "Priya, Jen and Ali": a word listed beside a name is one too.</summary>
    private static bool NextToName(Scan s, int i, int last)
    {
        var t = s.Tokens;
        if (s.LastName >= 0 && s.LastName == i - 1 && s.Gap(i - 1, i).Trim() is "," or "&" or "/" or "+")
        {
            return true;
        }
        if (s.LastName >= 0 && s.LastName == i - 2 && t[i - 1].Lower is "and" or "or" && s.Joined(i - 2, i - 1) && s.Joined(i - 1, i))
        {
            return true;
        }
        return last + 2 < t.Count && t[last + 1].Lower is "and" && t[last + 2].Kind == NameKind.Strong
               && t[last + 2].Capitalised == t[last].Capitalised && s.Joined(last, last + 1);
    }

    /// <summary>"King Street", "Grace Hospital"; a sure name before a lower-case word ("Sarah school") stays a name.</summary>
    private bool OrganisationAfter(Scan s, int last)
    {
        if (last + 1 >= s.Tokens.Count)
        {
            return false;
        }
        if (s.Tokens[last].Possessive)
        {
            // "Rogers' core conditions", "Maslow's hierarchy": a theorist's model.
            var gap = s.Gap(last, last + 1).Trim();
            return gap is "'s" or "’s" or "'" or "’" && Cx.ModelWords.Contains(s.Tokens[last + 1].Lower);
        }
        if (!s.Joined(last, last + 1))
        {
            return false;
        }
        var next = s.Tokens[last + 1];
        return Cx.OrganisationWords.Contains(next.Lower) && (next.Capitalised || s.Tokens[last].Kind != NameKind.Strong);
    }

    private bool SaintBefore(Scan s, int i)
        => i > 0 && Cx.SaintWords.Contains(s.Tokens[i - 1].Lower) && s.Tokens[i - 1].Capitalised && !Cx.Titles.Contains(s.Tokens[i - 1].Lower)
           && s.Gap(i - 1, i).Trim() is "" or ".";

    /// <summary>"van der", "de la", "Ó" between (or before) capitalised name words.</summary>
    private bool IsParticleBridge(Scan s, int index)
    {
        var j = index;
        while (j < s.Tokens.Count && j - index < 3 && (Cx.Particles.Contains(s.Tokens[j].Lower) || s.Tokens[j].Letters == 1 && char.IsUpper(s.Tokens[j].Text[0])))
        {
            if (j + 1 >= s.Tokens.Count || !s.Joined(j, j + 1))
            {
                return false;
            }
            j++;
        }
        return j > index && j < s.Tokens.Count && s.Tokens[j].Capitalised && s.Tokens[j].Kind != NameKind.Word;
    }

    private static int NextCapital(Scan s, int index)
    {
        while (!s.Tokens[index].Capitalised)
        {
            index++;
        }
        return index;
    }

    private bool IsGiven(NameToken token) => lexicon.GivenCount(token.Lower) >= CommonGivenName;

    /// <summary>A given name common enough to be a name in lower case without a cue: "seen kwame", "remind ana".</summary>
    private bool IsCommonName(NameToken token)
        => token.Letters >= 4 ? lexicon.GivenCount(token.Lower) >= CommonLowerCaseName : token.Letters == 3 && lexicon.GivenCount(token.Lower) >= 10 * CommonLowerCaseName;

    /// <summary>The tokens of one text and the positions between them.</summary>
    private sealed class Scan(string text, List<NameToken> tokens)
    {
        public string Text => text;

        public List<NameToken> Tokens { get; } = tokens;

        /// <summary>The last token of the latest name found, for "Sarah and Tom".</summary>
        public int LastName { get; set; } = -1;

        public ReadOnlySpan<char> Gap(int left, int right) => text.AsSpan(Tokens[left].End, Tokens[right].Start - Tokens[left].End);

        /// <summary>Two words of one name: one or two spaces between (no comma, full stop or line break).</summary>
        public bool Joined(int left, int right)
        {
            var gap = Gap(left, right);
            return gap.Length is 1 or 2 && gap.Trim(' ').Length == 0;
        }

        /// <summary>The word before token <paramref name="i"/> in the same clause; loose also looks past a comma, colon, bracket or dash.</summary>
        public NameToken? Previous(int i, bool loose = false)
        {
            if (i == 0)
            {
                return null;
            }
            var gap = Gap(i - 1, i).Trim();
            return gap.Length == 0 || loose && gap is "," or ":" or "(" or "-" or "–" or "/" or ", (" ? Tokens[i - 1] : null;
        }

        /// <summary>The word after token <paramref name="last"/>; "Sarah's" keeps its ending in the gap, so it has none.</summary>
        public NameToken? Following(int last)
        {
            if (last + 1 >= Tokens.Count || Tokens[last].Possessive)
            {
                return null;
            }
            var gap = Gap(last, last + 1).Trim();
            return gap.Length == 0 || gap is "," or ")" or ")," ? Tokens[last + 1] : null;
        }
    }
}
