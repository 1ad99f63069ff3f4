namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Reads a .NET regular expression and derives sets of literals of which every match must contain
/// at least one, so a text holding none of them can be skipped without running the regex. Knows only
/// the syntax the detection rules use; anything else (backreferences, inline options, conditionals)
/// makes it give up and return nothing, which means "always run the regex".
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>All literal sets that hold for every match; empty when none can be derived safely.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Of(string pattern) => Analyze(pattern)?.Candidates().Select(AsSet).ToList() ?? [];

    /// <summary>The one set least likely to occur in ordinary text, or null when none can be derived safely.</summary>
    public static IReadOnlySet<string>? BestOf(string pattern) => Analyze(pattern)?.Best() is { } best ? AsSet(best) : null;

    private static IReadOnlySet<string> AsSet(string[] literals) => new HashSet<string>(literals, StringComparer.Ordinal);

    private static LiteralFacts? Analyze(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var facts = reader.Alternation();
            return reader.AtEnd ? facts : null; // an unmatched ')': not a pattern we understand
        }
        catch (UnsupportedSyntaxException)
        {
            return null;
        }
    }

    private sealed class UnsupportedSyntaxException : Exception;

    private sealed class Reader(string pattern)
    {
        private int _pos;

        public bool AtEnd => _pos == pattern.Length;

        private char? Peek => _pos < pattern.Length ? pattern[_pos] : null;

        public LiteralFacts Alternation()
        {
            var branches = new List<LiteralFacts> { Sequence() };
            while (Peek == '|')
            {
                _pos++;
                branches.Add(Sequence());
            }
            return LiteralFacts.Alternation(branches);
        }

        private LiteralFacts Sequence()
        {
            var parts = new List<LiteralFacts>();
            while (Peek is { } c && c != '|' && c != ')')
                parts.Add(Quantified(Atom()));
            return LiteralFacts.Sequence(parts);
        }

        private LiteralFacts Quantified(LiteralFacts atom)
        {
            while (true)
            {
                int min, max;
                switch (Peek)
                {
                    case '?': (min, max) = (0, 1); _pos++; break;
                    case '*': (min, max) = (0, int.MaxValue); _pos++; break;
                    case '+': (min, max) = (1, int.MaxValue); _pos++; break;
                    case '{': (min, max) = Braces(); break;
                    default: return atom;
                }
                if (Peek == '?') _pos++; // lazy: the same strings match, only the order of trying differs
                atom = LiteralFacts.Repeat(atom, min, max);
            }
        }

        private (int Min, int Max) Braces()
        {
            var close = pattern.IndexOf('}', _pos);
            if (close < 0) throw new UnsupportedSyntaxException(); // .NET would read a literal '{'; not worth the subtlety
            var body = pattern[(_pos + 1)..close].Split(',');
            if (body.Length > 2 || !int.TryParse(body[0], out var min)) throw new UnsupportedSyntaxException();
            var max = body.Length == 1 ? min
                : body[1].Length == 0 ? int.MaxValue
                : int.TryParse(body[1], out var m) ? m : throw new UnsupportedSyntaxException();
            _pos = close + 1;
            return (min, max);
        }

        private LiteralFacts Atom()
        {
            var c = pattern[_pos++];
            switch (c)
            {
                case '(': return Group();
                case '[': SkipClass(); return LiteralFacts.Unknown;
                case '\\': return Escape();
                case '.': return LiteralFacts.Unknown;
                case '^' or '$': return LiteralFacts.ZeroWidth;
                case '*' or '+' or '?' or '{': throw new UnsupportedSyntaxException(); // a quantifier with nothing to repeat
                default: return LiteralFacts.Literal(PlainRun(c));
            }
        }

        // Plain characters in a row are one literal, except a last one that a quantifier applies to
        // ("goals?" is "goal" then "s?"). Reading them together keeps analysis of the long rule
        // alternations cheap: one string instead of a set per character.
        private string PlainRun(char first)
        {
            var start = _pos - 1;
            while (_pos + 1 < pattern.Length && IsPlain(pattern[_pos]) && !IsQuantifier(pattern[_pos + 1]))
                _pos++;
            if (_pos + 1 == pattern.Length && IsPlain(pattern[_pos]))
                _pos++;
            return _pos - start == 1 ? first.ToString() : pattern[start.._pos];
        }

        private static bool IsPlain(char c) => c is not ('\\' or '[' or '(' or ')' or '|' or '.' or '^' or '$' or '*' or '+' or '?' or '{');

        private static bool IsQuantifier(char c) => c is '*' or '+' or '?' or '{';

        private LiteralFacts Group()
        {
            var zeroWidth = false;
            if (Peek == '?')
            {
                var rest = pattern.AsSpan(_pos + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">")) _pos += 2;
                else if (rest.StartsWith("=") || rest.StartsWith("!")) (_pos, zeroWidth) = (_pos + 2, true);
                else if (rest.StartsWith("<=") || rest.StartsWith("<!")) (_pos, zeroWidth) = (_pos + 3, true);
                else if (rest.StartsWith("<") || rest.StartsWith("'")) SkipGroupName();
                else throw new UnsupportedSyntaxException(); // inline options, conditionals, balancing groups
            }
            var inner = Alternation();
            if (Peek != ')') throw new UnsupportedSyntaxException();
            _pos++;
            // A lookaround constrains the text around a match but adds none to it.
            return zeroWidth ? LiteralFacts.ZeroWidth : inner;
        }

        private void SkipGroupName()
        {
            var close = pattern[_pos + 1] == '<' ? '>' : '\'';
            var end = pattern.IndexOf(close, _pos + 2);
            if (end < 0) throw new UnsupportedSyntaxException();
            var name = pattern.AsSpan(_pos + 2, end - _pos - 2);
            if (name.IsEmpty || name.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"))
                throw new UnsupportedSyntaxException(); // e.g. a balancing group (?<a-b>...)
            _pos = end + 1;
        }

        private void SkipClass()
        {
            if (Peek == '^') _pos++;
            if (Peek == ']') _pos++; // a leading ']' is literal
            while (Peek is { } c && c != ']')
            {
                if (c == '[') throw new UnsupportedSyntaxException(); // class subtraction
                _pos += c == '\\' ? 2 : 1;
            }
            if (Peek != ']') throw new UnsupportedSyntaxException();
            _pos++;
        }

        private LiteralFacts Escape()
        {
            if (AtEnd) throw new UnsupportedSyntaxException();
            var c = pattern[_pos++];
            switch (c)
            {
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D': return LiteralFacts.Unknown;
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G': return LiteralFacts.ZeroWidth;
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _pos);
                    if (Peek != '{' || close < 0) throw new UnsupportedSyntaxException();
                    _pos = close + 1;
                    return LiteralFacts.Unknown;
                case 't': return LiteralFacts.Literal("\t");
                case 'n': return LiteralFacts.Literal("\n");
                case 'r': return LiteralFacts.Literal("\r");
                case 'f': return LiteralFacts.Literal("\f");
                case 'v': return LiteralFacts.Literal("\v");
                case 'e': return LiteralFacts.Literal("\u001B");
                default:
                    // Escaped punctuation is itself; letters and digits not handled above are
                    // backreferences, hex or control codes, which are left to the regex.
                    if (char.IsLetterOrDigit(c)) throw new UnsupportedSyntaxException();
                    return LiteralFacts.Literal(c.ToString());
            }
        }
    }
}
