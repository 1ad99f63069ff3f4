using System.Text;

namespace AllianceBot.Prompts.Tests.Detection;

/// <summary>
/// Writes random strings that a detection pattern's regex matches (lookarounds aside), so that every
/// pattern, including ones no hand-written sentence uses yet, can be put through the detector.
/// Knows the syntax the expanded templates use: groups, alternation, quantifiers, \w \s \d, classes.
/// </summary>
internal sealed class PatternSampler(Random random)
{
    public string Sample(string regex)
    {
        var pos = 0;
        var node = Alternation(regex, ref pos);
        if (pos != regex.Length) throw new FormatException($"Unexpected ')' at {pos} in {regex}");
        var text = new StringBuilder();
        node(text);
        return text.ToString();
    }

    // Each parsed piece becomes a writer that appends one random string it matches.
    private Action<StringBuilder> Alternation(string regex, ref int pos)
    {
        var branches = new List<Action<StringBuilder>> { Sequence(regex, ref pos) };
        while (pos < regex.Length && regex[pos] == '|')
        {
            pos++;
            branches.Add(Sequence(regex, ref pos));
        }
        return sb => branches[random.Next(branches.Count)](sb);
    }

    private Action<StringBuilder> Sequence(string regex, ref int pos)
    {
        var parts = new List<Action<StringBuilder>>();
        while (pos < regex.Length && regex[pos] is not ('|' or ')'))
            parts.Add(Quantified(regex, ref pos, Atom(regex, ref pos)));
        return sb => parts.ForEach(p => p(sb));
    }

    private Action<StringBuilder> Quantified(string regex, ref int pos, Action<StringBuilder> atom)
    {
        if (pos >= regex.Length) return atom;
        (int Min, int Max)? range = regex[pos] switch
        {
            '?' => (0, 1),
            '*' => (0, 3),
            '+' => (1, 3),
            '{' => Braces(regex, ref pos),
            _ => null,
        };
        if (range is not { } r) return atom;
        pos++; // past the quantifier (Braces leaves pos on its closing brace)
        if (pos < regex.Length && regex[pos] == '?') pos++;
        return sb =>
        {
            var times = random.Next(r.Min, Math.Min(r.Max, r.Min + 3) + 1);
            for (var i = 0; i < times; i++) atom(sb);
        };
    }

    private static (int, int) Braces(string regex, ref int pos)
    {
        var close = regex.IndexOf('}', pos);
        var parts = regex[(pos + 1)..close].Split(',');
        pos = close;
        var min = int.Parse(parts[0]);
        return (min, parts.Length == 1 ? min : parts[1].Length == 0 ? min + 3 : int.Parse(parts[1]));
    }

    private Action<StringBuilder> Atom(string regex, ref int pos)
    {
        var c = regex[pos++];
        switch (c)
        {
            case '(':
                var lookaround = regex.AsSpan(pos).StartsWith("?=") || regex.AsSpan(pos).StartsWith("?!")
                    || regex.AsSpan(pos).StartsWith("?<=") || regex.AsSpan(pos).StartsWith("?<!");
                if (regex[pos] == '?')
                {
                    pos = regex[pos + 1] switch
                    {
                        ':' or '=' or '!' => pos + 2,
                        '<' when regex[pos + 2] is '=' or '!' => pos + 3,
                        '<' => regex.IndexOf('>', pos) + 1,
                        _ => throw new FormatException($"Unknown group at {pos} in {regex}"),
                    };
                }
                var inner = Alternation(regex, ref pos);
                pos++; // ')'
                return lookaround ? _ => { } : inner;
            case '[':
                var members = ClassMembers(regex, ref pos);
                return sb => sb.Append(members[random.Next(members.Length)]);
            case '\\':
                var e = regex[pos++];
                return e switch
                {
                    'w' => sb => sb.Append((char)('a' + random.Next(26))),
                    's' => sb => sb.Append(' '),
                    'd' => sb => sb.Append((char)('0' + random.Next(10))),
                    'b' => _ => { },
                    _ when char.IsLetterOrDigit(e) => throw new FormatException($"Unknown escape \\{e} in {regex}"),
                    _ => sb => sb.Append(e),
                };
            case '^' or '$':
                return _ => { };
            case '.':
                return sb => sb.Append('x');
            default:
                return sb => sb.Append(c);
        }
    }

    // The characters a class lists; a negated class ("[^\s]") gets a letter, which it always allows here.
    private static char[] ClassMembers(string regex, ref int pos)
    {
        var negated = regex[pos] == '^';
        var members = new List<char>();
        for (; regex[pos] != ']'; pos++)
        {
            if (regex[pos] == '\\')
                members.AddRange(regex[++pos] switch { 'd' => "0123456789", 'w' => "abc", 's' => " ", var x => [x] });
            else if (regex[pos] != '^') members.Add(regex[pos]);
        }
        pos++;
        return negated ? ['x'] : [.. members];
    }
}
