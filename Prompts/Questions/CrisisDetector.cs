using System.Text.RegularExpressions;
using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Recognises a question that describes someone at risk now: suicide, self-harm, overdose, harm to
/// others, abuse or violence in progress. Deliberately broad: a false alarm costs a safety reminder,
/// a miss could cost far more.
/// </summary>
internal static partial class CrisisDetector
{
    [GeneratedRegex(@"\b(?:suicid\w*|kill(?:ing|ed|s)? (?:herself|himself|themselves|themself|myself|yourself)|end(?:ing|ed|s)? (?:her|his|their|my|your) (?:own )?life|tak(?:e|ing|es) (?:her|his|their|my) (?:own )?life|wants? to die|wanted to die|want(?:s|ed)? to be dead|better off dead|(?:doesn't|does not|don't|do not|didn't) want to (?:live|be alive|wake up)|self[- ]?harm\w*|harm(?:ing|ed|s)? (?:herself|himself|themselves|myself)|hurt(?:ing|s)? (?:herself|himself|themselves|myself)|cut(?:ting|s)? (?:herself|himself|themselves|myself)|overdos\w*|od'?d|took (?:too many|a bunch of|a lot of|all (?:her|his|their)|a handful of) (?:pills|tablets|meds|medication)|(?:kill|hurt|harm|shoot|stab|attack|strangle|beat up) (?:someone|somebody|others|other people|people|(?:her|his|their) (?:kids?|children|child|baby|partner|husband|wife|mother|father|ex|boss|family))|homicid\w*|(?:is|are|being|was being|getting|gets) (?:abused|beaten|hit|assaulted|raped|molested|choked|strangled)|(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|father|mother|dad|mom) (?:is|are|'s|keeps?|has been|was) (?:hitting|beating|abusing|hurting|choking|strangling|threatening)|domestic (?:violence|abuse)|child abuse|sexual abuse|abuse (?:is )?(?:happening|ongoing|right now)|violence (?:in progress|right now|happening)|(?:not|isn't|is not) safe at home|(?:in|at) (?:immediate |serious )?(?:danger|risk of (?:harm|suicide|dying))|(?:has|with|got|carrying|brought) a (?:gun|knife|weapon|firearm)|threaten(?:ed|ing|s)? to (?:kill|hurt|shoot|stab|harm|jump)|plan(?:s|ned|ning)? to (?:kill|hurt|end it|end (?:her|his|their) life)|jump(?:ing)? off|hang(?:ing)? (?:herself|himself|themselves)|no reason to live|end it all)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CrisisRegex();

    public static bool IsCrisis(string text) => CrisisRegex().IsMatch(TextNormalizer.ForMatching(text));
}
