namespace AllianceBot.Prompts.Text;

/// <summary>
/// Makes a same-length, lower-case copy of user text for matching, so every offset found in the copy
/// is also valid in the original (evidence spans quote the original).
/// </summary>
internal static class TextNormalizer
{
    public static string ForMatching(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00A0' => ' ',
                _ => char.ToLowerInvariant(c),
            };
        }
        return new string(chars);
    }
}
