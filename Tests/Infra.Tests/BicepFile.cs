using System.Text.RegularExpressions;

namespace AllianceBot.Infra.Tests;

/// <summary>
/// A Bicep file read as text. There is no Bicep compiler on the build machines, so these checks
/// catch what a compiler would: unbalanced brackets, missing module files, parameters and outputs
/// that do not exist. Strings (with ${} interpolation) and comments are skipped by <see cref="Scan"/>.
/// </summary>
internal sealed partial class BicepFile
{
    private BicepFile(string path, string text) => (Path, Text) = (path, text);

    public string Path { get; }
    public string Text { get; }

    public static BicepFile Load(string path) => new(path, File.ReadAllText(path));

    /// <summary>param name -> whether it has a default value.</summary>
    public IReadOnlyDictionary<string, bool> Params =>
        ParamRegex().Matches(Text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Success);

    public IReadOnlySet<string> Outputs => OutputRegex().Matches(Text).Select(m => m.Groups[1].Value).ToHashSet();

    public IEnumerable<(string Symbol, string RelativePath, IReadOnlySet<string> ParamsPassed)> Modules =>
        ModuleRegex().Matches(Text).Select(m =>
        {
            var body = BlockAt(Text.IndexOf('{', m.Index + m.Length - 1));
            var paramsAt = ParamsBlockRegex().Match(body);
            var passed = paramsAt.Success
                ? TopLevelKeys(BlockAt(body, body.IndexOf('{', paramsAt.Index)))
                : new HashSet<string>();
            return (m.Groups[1].Value, m.Groups[2].Value, (IReadOnlySet<string>)passed);
        });

    /// <summary>The names given in the first `name: '...'` entries of the array that follows `key: [`.</summary>
    public IReadOnlyList<string> NamesInArray(string key)
    {
        var at = Regex.Match(Text, $@"\b{Regex.Escape(key)}\s*:\s*\[");
        Assert.True(at.Success, $"{Path} has no '{key}: [' array");
        var array = BlockAt(Text, at.Index + at.Length - 1);
        return NameEntryRegex().Matches(array).Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Null when brackets balance; otherwise what is wrong and where.</summary>
    public string? BracketProblem()
    {
        try
        {
            Scan(Text, 0, stopAtClose: false);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private string BlockAt(int openIndex) => BlockAt(Text, openIndex);

    private static string BlockAt(string text, int openIndex) =>
        text[openIndex..(Scan(text, openIndex, stopAtClose: true) + 1)];

    private static HashSet<string> TopLevelKeys(string block)
    {
        // Keys of the object itself, not of nested objects: only lines at the first indentation.
        var lines = block.Split('\n')[1..^1].Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
        var indent = lines.Count == 0 ? 0 : lines.Min(l => l.Length - l.TrimStart().Length);
        return lines.Where(l => l.Length - l.TrimStart().Length == indent)
            .Select(l => KeyRegex().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
    }

    /// <summary>
    /// Walks code from <paramref name="start"/>, matching (), [] and {} while skipping comments and
    /// strings ('...' with \ escapes and ${...} holes, and '''...'''). With stopAtClose, returns the
    /// index of the bracket that closes the one at start; otherwise checks the whole text.
    /// </summary>
    private static int Scan(string text, int start, bool stopAtClose)
    {
        const char Interp = 'I', InString = 'S';
        var stack = new Stack<(char Kind, int At)>();
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var inString = stack.Count > 0 && stack.Peek().Kind == InString;
            if (inString)
            {
                if (c == '\\') { i++; }
                else if (c == '\'') { stack.Pop(); }
                else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{') { stack.Push((Interp, i)); i++; }
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/') { i = EndOf(text, "\n", i); continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*') { i = EndOf(text, "*/", i + 2) + 1; continue; }
            if (string.CompareOrdinal(text, i, "'''", 0, 3) == 0) { i = EndOf(text, "'''", i + 3) + 2; continue; }

            switch (c)
            {
                case '\'': stack.Push((InString, i)); break;
                case '(' or '[' or '{': stack.Push((c, i)); break;
                case ')' or ']' or '}':
                    var expected = c switch { ')' => '(', ']' => '[', _ => '{' };
                    if (stack.Count == 0)
                    {
                        throw new FormatException($"'{c}' at line {LineOf(text, i)} closes nothing");
                    }

                    var (kind, at) = stack.Pop();
                    if (kind == Interp && c == '}')
                    {
                        continue; // back inside the string the ${...} belongs to
                    }

                    if (kind != expected)
                    {
                        throw new FormatException($"'{c}' at line {LineOf(text, i)} closes '{kind}' from line {LineOf(text, at)}");
                    }

                    if (stopAtClose && stack.Count == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        if (stack.Count > 0)
        {
            var (kind, at) = stack.Peek();
            throw new FormatException($"'{(kind == 'S' ? "'" : kind.ToString())}' from line {LineOf(text, at)} is never closed");
        }

        return text.Length - 1;
    }

    private static int EndOf(string text, string token, int from)
    {
        var at = text.IndexOf(token, from, StringComparison.Ordinal);
        return at < 0 ? text.Length - 1 : at;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^param\s+(\w+)\s+\w+(\s*=)?", RegexOptions.Multiline)]
    private static partial Regex ParamRegex();

    [GeneratedRegex(@"^output\s+(\w+)\s", RegexOptions.Multiline)]
    private static partial Regex OutputRegex();

    [GeneratedRegex(@"^module\s+(\w+)\s+'([^']+)'\s*=[^{\n]*\{", RegexOptions.Multiline)]
    private static partial Regex ModuleRegex();

    [GeneratedRegex(@"^\s*params\s*:\s*\{", RegexOptions.Multiline)]
    private static partial Regex ParamsBlockRegex();

    [GeneratedRegex(@"^\s*(\w+)\s*:")]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"\bname\s*:\s*'([^']+)'")]
    private static partial Regex NameEntryRegex();
}
