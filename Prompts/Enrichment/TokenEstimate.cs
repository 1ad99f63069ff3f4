namespace AllianceBot.Prompts.Enrichment;

/// <summary>
/// The usual rule of thumb of about four characters per token for English. It errs a little high
/// for plain prose and low for JSON punctuation; the cap it feeds is a budget, not an invoice.
/// </summary>
public static class TokenEstimate
{
    public static int FromChars(int chars) => (chars + 3) / 4;
}
