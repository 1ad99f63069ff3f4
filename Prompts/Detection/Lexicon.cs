namespace AllianceBot.Prompts.Detection;

/// <summary>
/// Word groups shared by the detection rules: stems with their inflections and the synonyms
/// practitioners actually type ("insta", "cell", "texted"). Spaces mean any whitespace.
/// </summary>
internal static class Lexicon
{
    private static readonly Dictionary<string, string> Groups = new()
    {
        ["OBJ"] = @"her|him|them|the client|my client|this client|the family|the couple",
        ["SUBJ_OTHER"] = @"she|he|they|the client|my client|client",
        ["NEG"] = @"didn't|did not|didnt|haven't|have not|havent|hasn't|has not|hasnt|never|couldn't|could not|couldnt|wasn't able to|weren't able to|failed to|forgot to|neglected to|didn't get to|did not get to|didn't manage to|did not manage to|no time to|ran out of time to|ran out of time before (?:we|i) could|don't|do not|dont|won't|can't|cannot|without",
        ["REGRET"] = @"should have|should've|could have|could've|ought to have|wish (?:i|we) had|meant to|needed to|was supposed to|were supposed to",

        // Boundary: contact details.
        ["SOCIAL"] = @"instagram|insta|ig|facebook|fb|snapchat|snap|tiktok|twitter|x|linkedin|whatsapp|signal|telegram|discord|social media|socials|messenger|threads|bereal",
        ["PERSONAL_ADJ"] = @"own|personal|private|home|cell|mobile|cellphone|cell phone|direct|real|after-hours|after hours",
        ["CONTACT_NOUN"] = @"number|numbers|phone number|cell|cell number|cellphone|cell phone|mobile|mobile number|address|home address|instagram|insta|ig|facebook|fb|snapchat|snap|tiktok|twitter|whatsapp|social media|socials|handle|personal email|private email|gmail|home email|home phone|home number|landline",
        ["MY_CONTACT"] = @"my (?:{PERSONAL_ADJ} )*(?:{CONTACT_NOUN})",
        ["SHARE_VERB"] = @"gave|give|gives|giving|given|shared|share|shares|sharing|sent|send|sends|sending|texted|text|handed|hand|passed|passing|wrote down|write down|told|tell|telling|offered|offer|provided|provide|left|leave|put|dropped|slipped|showed|show",

        // Boundary: gifts of value.
        ["VALUE_ITEM"] = @"money|cash|[$£€]\s?\d[\d,]*|\d[\d,]*\s?(?:dollars|bucks|euros|pounds|quid)|(?:a |an )?(?:\w+ )?gift\s?cards?|gift certificates?|vouchers?|jewell?ery|necklace|bracelet|earrings|(?:a |an )?(?:gold |diamond |silver )?ring|(?:a |an )?(?:expensive |designer |fancy |luxury )?watch|(?:concert|game|hockey|theatre|theater|show|playoff|season|baseball|football|basketball|plane|airline) tickets?|tickets? to (?:a|the|see)|expensive \w+|designer \w+|luxury \w+|(?:a )?bottle of (?:wine|whisky|whiskey|champagne|scotch)|(?:a )?tip|cheque|check for|laptop|ipad|tablet|iphone|a (?:new )?phone|a car|a trip|a vacation|a holiday|a cruise|a spa (?:day|package)|(?:a )?handbag|(?:a )?purse|perfume|(?:a )?loan",

        // Boundary: self-disclosure of own problems.
        ["OWN_TROUBLE"] = @"(?:own )?(?:personal |private |marital |marriage |family |financial |money |health |relationship |mental health |drinking |drug |legal |work )*(?:problems?|issues?|struggles?|troubles?|difficulties|worries|stress|divorce|separation|breakup|break-up|marriage|ex|ex-husband|ex-wife|(?:husband|wife|partner|boyfriend|girlfriend|kids?|son|daughter|mother|father|mom|dad|family|sister|brother)(?:'s)? (?:problems?|issues?|illness|drinking|affair|cancer|diagnosis|addiction|depression|death|struggles?|health|cheating)|debts?|finances|bankruptcy|depression|anxiety|panic attacks?|addiction|drinking|diagnosis|illness|cancer|health|surgery|grief|miscarriage|affair|custody battle|custody|insomnia|burnout|loneliness|sex life|love life|dating life|life story|whole life story|childhood trauma|trauma|abuse|problems with my boss|work stress|job stress|in-laws|eating disorder|suicidal thoughts|own therapy|own story|own experience|own history|own struggle)",
        ["DISCLOSE_VERB"] = @"told|tell|telling|shared|share|sharing|talked|talk|talking|spoke|speak|speaking|opened up|vented|vent|venting|confided|confide|confiding|complained|complain|complaining|ranted|rant|disclosed|disclose|disclosing|went on|unloaded|unburdened|cried|mentioned|brought up|explained|described|went into detail|got into|told (?:her|him|them) all|dumped",

        // Boundary: dress.
        ["ENTICING"] = @"sexy|revealing|low-cut|low cut|tight(?:est|er)?|provocative|flirty|seductive|skimpy|short skirt|cleavage|see-through|figure-hugging|hot",
        ["FOR_CLIENT"] = @"for (?:{OBJ}|our session|my session with (?:{OBJ})|when (?:she|he|they) came)|because (?:she|he|they)(?:'s| is| was| were| likes?| liked| would| might| will| notices?| noticed)|to (?:impress|attract|entice|catch|get) (?:{OBJ}|(?:her|his|their) (?:eye|attention))|(?:so|in case|hoping) (?:she|he|they) (?:would|might|will|could) (?:notice|like|find)|(?:because |since |as )?(?:i )?(?:knew|know|knowing) (?:she|he|they) (?:was|were|would be|is|are) (?:coming|in|booked|seeing me)",

        // Boundary: status and looks.
        ["STATUS"] = @"attractive|good-looking|good looking|handsome|pretty|beautiful|gorgeous|cute|hot|sexy|young and attractive|rich|wealthy|famous|a celebrity|well-known|well known|well-connected|well connected|important|influential|high-status|high status|social standing|status|prestigious|powerful|successful|a (?:doctor|lawyer|ceo|judge|surgeon|executive|politician|professor|celebrity|model|millionaire)|money|looks|appearance|connections|upper class|posh|elite",
        ["CHOOSE_VERB"] = @"chose|choose|choosing|picked|pick|picking|selected|select|selecting|took on|take on|taking on|(?:took|take|taking) (?:{OBJ}) on|accepted|accept|prioritized|prioritised|prioritize|prioritise|favoured|favored|favour|favor|prefer|preferred|agreed to see|kept|bumped|moved|squeezed|fast-tracked|fast tracked|booked|gave (?:her|him|them) priority|gave priority to",

        // Boundary: termination due.
        ["END_DUE"] = @"goals? (?:were |was |are |is |have been |had been |has been )?(?:all |already |long )?(?:met|achieved|reached|accomplished|completed)|met (?:all )?(?:of )?(?:her|his|their|the|its|our)?\s?goals|achieved (?:her|his|their|the|all) goals|(?:doesn't|does not|didn't|did not|no longer|don't|do not) (?:really )?need (?:me|us|counsell?ing|therapy|sessions|to come|services|support|help)|ready (?:to|for) (?:end|ending|finish|stop|close|termination|discharge|be discharged|move on|graduate)|(?:time|due) (?:to|for) (?:end|close|finish|stop|terminate|termination|discharge|wrap up)|should have (?:ended|closed|discharged|terminated|finished)|(?:termination|discharge|ending|closure) (?:is|was|has been) (?:due|overdue|appropriate|indicated|recommended)|nothing (?:left|more) to work on|(?:is|was|are|were) (?:doing|coping) (?:fine|well|great) (?:on (?:her|his|their) own|now)|the work is (?:done|finished|complete)|(?:we're|we are|she's|she is|he's|he is|they're|they are) done",
        ["CONTINUE"] = @"kept|keep|keeps|keeping|continued|continue|continues|continuing|booked|book|booking|scheduled|schedule|scheduling|added|add|extended|extend|extending|offered|offer|renewed|renew|carry on|carried on|still (?:seeing|booking|meeting)",

        // Alliance vocabulary.
        ["GOALS"] = @"goals?|aims?|objectives?|targets?|direction|focus|agenda|what (?:she|he|they|we) (?:want|wants|wanted|need|needs|needed)(?: to work on| from (?:counsell?ing|therapy|this|me|us|sessions))?|what to work on|what (?:we|she|he|they) (?:are|were|would be|will be) working (?:on|toward|towards)",
        ["TASKS"] = @"roles?|responsibilit(?:y|ies)|tasks?|homework|assignments?|expectations|how (?:we|this|counsell?ing|therapy|it|the sessions|our sessions) (?:would|will|works?|would work|is going to work)|what (?:she|he|they|we|i) (?:would|will|should|need to|needs to|are going to|is going to|were going to|was going to) do|who (?:does|would do|will do|is doing|was doing) what|what (?:her|his|their|my|our) (?:part|job|role) (?:is|was|would be)|what (?:is|was) expected",
        ["NEXT"] = @"(?:a |the |another |our |any |her |his |their )?(?:next|follow-up|follow up|followup|future|further|another|second|return) (?:\w+ )?(?:appointment|session|meeting|steps?|call|check-in|check in|visit|time)|next steps?|follow-up|follow up|followup|a plan|the plan|a date|when to meet|when we(?:'d| would| will) meet",
        ["WEAK_BOND"] = @"disconnected|distant|guarded|closed off|closed-off|shut down|shut-down|withdrawn|defensive|hostile|suspicious|distrustful|mistrustful|cold|detached|resistant|reluctant to (?:talk|share|open up|engage|speak)|uncomfortable (?:with me|around me|in the room)|uneasy|wary(?: of me)?|annoyed (?:with|at) me|angry (?:with|at) me|irritated (?:with|by) me|frustrated with me|not engaged|disengaged|checked out|on guard|stand-?offish|combative|dismissive of me|bored",
    };

    public static string Group(string name) =>
        Groups.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Unknown lexicon group {{{name}}}.");
}
