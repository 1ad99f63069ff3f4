namespace AllianceBot.Prompts.Detection;

/// <summary>
/// The ways practitioners describe each warning sign and alliance concern. Written against the
/// language (verbs, objects, their inflections and synonyms), with scope handled separately by
/// <see cref="ScopeAnalyzer"/>: these patterns only say what was described, never whether it happened.
/// </summary>
internal static class DetectionRules
{
    private static DetectionPattern P(string t) => new(t);
    private static DetectionPattern Any(string t) => new(t, Actor.Anyone);
    private static DetectionPattern Neg(string t, Actor actor = Actor.Anyone) => new(t, actor, CarriesNegation: true);
    private static DetectionPattern Offer(string t) => new(t, Actor.Anyone, Offer: true);

    public static readonly IReadOnlyDictionary<string, DetectionPattern[]> Concerns = new Dictionary<string, DetectionPattern[]>
    {
        ["BS-CONTACT"] =
        [
            P(@"(?:{SHARE_VERB}) {G5}{MY_CONTACT}"),
            P(@"(?:exchanged|exchange|swapped|swap|traded|trade) (?:phone |personal |cell )?(?:numbers|contact details|contact info|contacts|socials|instagrams|handles)"),
            P(@"(?:added|add|adding|followed|follow|follows|following|friended|friend|connected|connect|connecting) (?:{OBJ}|each other|back) {G2}(?:on|via|through) (?:{SOCIAL})"),
            P(@"(?:accepted|accept|accepting|approved) (?:her|his|their|the client's|a) (?:friend|follow|connection) request"),
            P(@"(?:followed|follow|added|add|friended) (?:{OBJ}) back"),
            new(@"(?:gave|give|giving|sent|send|shared|share|texted|swapped|exchanged) (?:{OBJ}) mine", SentenceMustContain: "number|numbers|cell|phone|mobile|instagram|insta|snapchat|facebook|whatsapp|address|email"),
            P(@"(?:follow|followed|following|added) each other"),
            P(@"(?:texted|texting|text|messaged|messaging|message|called|calling|call|rang|phoned|dm'd|dmed|dm|whatsapped|facetimed) {G4}(?:from|on|with|via) my (?:{PERSONAL_ADJ} )*(?:phone|cell|cellphone|mobile|number|account|instagram|insta|facebook|whatsapp|snapchat|social media)"),
            P(@"(?:we've|we have|we) (?:been )?(?:texting|messaging|dming|chatting online|snapchatting|whatsapping|facetiming)"),
            P(@"(?:texting|messaging|dming) each other"),
            P(@"(?:be|become|became|becoming|are|we're) friends (?:on|via) (?:{SOCIAL})"),
            P(@"told (?:{OBJ}) where i live"),
            // "she asked for my number so I gave it to her": the pronoun points back to a contact item
            // named elsewhere in the sentence, often in a clause of the client's own.
            new(@"(?:{SHARE_VERB}) (?:it|them|that|mine) (?:to|over to) (?:{OBJ})|(?:gave|give|giving|sent|send|texted|told|tell|telling|handed) (?:{OBJ}) (?:it|them|that|what it (?:was|is))", SentenceMustContain: "{MY_CONTACT}"),
            P(@"(?:she|he|they|the client) (?:now )?(?:has|have|had|got) my (?:{PERSONAL_ADJ} )*(?:{CONTACT_NOUN})"),
            P(@"(?:can|could|may|to) (?:text|call|message|dm|reach|contact|ring) me (?:any\s?time|whenever|at home|on weekends|after hours|at night|on my (?:{PERSONAL_ADJ} )*(?:phone|cell|number|mobile))"),
        ],
        ["BS-TIME"] =
        [
            Any(@"(?:ran|run|runs|running|went|go|goes|going) (?:way |well |far |a lot |an hour |half an hour |\d+ (?:min|mins|minutes|hours?) |(?:ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty) (?:min|mins|minutes) )?(?:over(?:time)?(?=\s*(?:$|[.,;!?)]|by\b|today\b|again\b|because\b|and\b|but\b|so\b|as\b|when\b|with\b|which\b|time\b|the (?:hour|end|time)\b|our\b|tonight\b|this\b))|over time|past (?:the|our) (?:hour|end|time|slot)|long(?=\s*(?:$|[.,;!?)]|again\b|today\b|because\b|and\b|but\b|so\b))|longer than (?:planned|booked|scheduled|usual))"),
            Any(@"(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|an|one|two|extra) (?:min|mins|minutes|hours?) (?:over|overtime|past (?:the|our) (?:end|time|hour)|longer than (?:planned|booked|scheduled))"),
            P(@"(?:stayed|stay|staying|lingered|linger|hung around|kept (?:her|him|them) (?:back|late|longer)) {G3}(?:after|late|longer|past|beyond|overtime)\b {G4}(?:with (?:{OBJ})|to (?:chat|talk|catch up|hang out)|talking|chatting)"),
            P(@"(?:kept|keep|continued|continue|carried on) (?:talking|chatting) {G4}(?:after|past|beyond|well after|long after|once) {G2}(?:session|appointment|time|hour|we (?:had )?finished|it ended)"),
            P(@"(?:spent|spend|spending|gave|give|giving|offered) (?:{OBJ} )?(?:an? )?(?:extra|additional|another|more|bonus|unpaid) (?:hour|hours|half hour|half an hour|\d+ (?:min|mins|minutes)|(?:\w+ )?minutes|time)"),
            P(@"(?:spent|spend|spending) (?:so much|too much|far too much|a lot of|way more|much more|more|hours of|extra|the whole (?:afternoon|day|evening)|all (?:afternoon|day|evening)) (?:time )?(?:with|on) (?:{OBJ})"),
            Any(@"(?:session|appointment|meeting|call|sessions) (?:lasted|went|ran|took|go|goes|run|last) (?:for )?(?:over |almost |nearly |more than |about |around |well over )?(?:two|three|four|five|2|3|4|5|\d\.\d) (?:hours|hrs)"),
            P(@"lost track of time"),
            P(@"(?:stayed|stay|staying|lingered|hung around|chatted|chatting|talked|talking) (?:for )?(?:an? |another |an extra |extra )(?:hour|\d+ (?:min|mins|minutes)|half hour|half an hour|(?:\w+ )?minutes) {G3}(?:with (?:{OBJ})|after|chatting|talking|past)"),
            Any(@"(?:sessions|appointments) (?:keep|kept|always|often|usually|regularly) (?:running|run|ran|going|go|went) (?:over|long)"),
        ],
        ["BS-SELECT"] =
        [
            P(@"(?:{CHOOSE_VERB}) {G6}(?:because|since|as|cause|'cause|for|given) {G5}(?:{STATUS})"),
            P(@"(?:only|mostly|usually|prefer to|like to|rather|tend to) (?:take|see|work with|accept|book|keep|choose|pick|select) (?:on )?{G4}(?:clients? )?(?:who (?:are|is|look) )?{G2}(?:attractive|good-looking|good looking|pretty|handsome|beautiful|young|wealthy|rich|successful|high-status|high status|important|famous|well-off|well off|influential|professional types)"),
            Any(@"(?:attractive|good-looking|good looking|handsome|pretty|beautiful|hot|wealthy|rich|famous|influential|well-connected|vip|important) (?:clients?|ones|people) {G5}(?:first|priority|get (?:seen|in|booked)|go to the top|skip the (?:line|queue|waitlist))"),
            P(@"(?:bumped|moved|put|squeezed|fast-tracked|fast tracked) (?:{OBJ}) (?:up|ahead|in|to the top) {G6}(?:because|since|as) {G5}(?:{STATUS})"),
            P(@"(?:turned (?:down|away)|refused|declined|rejected|passed on|referred (?:on|out)) (?:{OBJ}|a client|clients) {G6}(?:because|since|as) {G5}(?:(?:not|un)(?:attractive|important|interesting|wealthy)|poor|ugly|unattractive|low status|on welfare|homeless|not (?:my type|good-looking|rich))"),
        ],
        ["BS-SELFDISCLOSE"] =
        [
            P(@"(?:{DISCLOSE_VERB}) {G6}(?:about |of |on )?my {OWN_TROUBLE}"),
            P(@"(?:{DISCLOSE_VERB}) {G4}(?:about )?(?:my own|my personal|my private) (?:life|stuff|things|feelings|pain|situation|experiences?)"),
            P(@"(?:cried|broke down|got emotional|teared up) {G4}(?:about|over) my"),
            P(@"(?:ended up|started|began|kept|keep) (?:talking|telling (?:{OBJ})|sharing|venting|complaining) {G3}(?:about )?(?:myself|my (?:{OWN_TROUBLE}|own|personal|private))"),
            P(@"(?:talked|talking|spoke) (?:about myself|more than (?:she|he|they) did about me)"),
            P(@"(?:she|he|they|the client) (?:ended up )?(?:listening to|comforting|consoling|counsell?ing|supporting) me"),
        ],
        ["BS-DRESS"] =
        [
            P(@"(?:wore|wear|wearing|worn|dressed|dress|dressing|put on|picked out|chose|bought|changed into|got) {G6}(?:{FOR_CLIENT})"),
            P(@"(?:wore|wear|wearing|dressed in|put on|picked out|picked|chose|changed into|bought) {G4}(?:something |a |my |an? extra )?(?:\w+ )?(?:{ENTICING})"),
            P(@"dressed (?:up |nicely |sexily |provocatively |attractively |more attractively )?(?:to (?:impress|attract|entice|catch)|for (?:{OBJ})|because (?:she|he|they))"),
            P(@"(?:dressed provocatively|dressed sexily|dressed to kill|dressed to impress (?:{OBJ}))"),
            P(@"(?:put on|wore|wear|wearing|applied|did|doing) (?:extra |more |some |my |nice |special )?(?:perfume|cologne|makeup|make-up|lipstick|aftershave|hair) {G6}(?:for (?:{OBJ})|because (?:she|he|they)|to (?:impress|attract)|knowing (?:she|he|they))"),
            P(@"(?:made|make|making) (?:an|a special|an extra|extra|more of an) effort (?:with|on) (?:my )?(?:appearance|look|looks|outfit|clothes|hair) {G4}(?:for|because|since|when) (?:{OBJ}|she|he|they)"),
        ],
        ["BS-THOUGHTS"] =
        [
            Neg(@"(?:can't|cant|cannot|couldn't|couldnt|could not|can not|don't|dont|do not) (?:stop|help) (?:thinking|thinking about|thinking of|dreaming about|wondering about) (?:{OBJ})", Actor.Practitioner),
            P(@"(?:keep|kept|keeps|find myself|found myself|catch myself|caught myself) (?:thinking|dreaming|daydreaming|fantasi[sz]ing|wondering) (?:about|of) (?:{OBJ})(?!(?:'s)? (?:case|goals?|situation|progress|file|plan|notes|treatment|options|resume|application|question|homework|safety|risk))"),
            P(@"(?:think|thinking|thought|thoughts|dreamt|dreamed|dreaming|daydream|daydreamed|daydreaming|fantasi[sz]e|fantasi[sz]ed|fantasi[sz]ing) (?:about|of) (?:{OBJ})(?!(?:'s)? (?:case|goals?|situation|progress|file|plan|notes|treatment|options|resume|application|question|homework|safety|risk)) {G6}(?:at home|at night|in bed|on (?:the |my )?weekends?|all weekend|over the weekend|on my days? off|on holiday|on vacation|outside (?:of )?(?:work|sessions?|the office|our sessions)|after hours|after work|in the evenings?|all the time|constantly|a lot|every day|daily|non-stop|nonstop|in a (?:romantic|sexual|personal) way|romantically|sexually|when i(?:'m| am) (?:with|at)|while i(?:'m| am) (?:with|at)|with my (?:family|partner|husband|wife))"),
            P(@"(?:dreamt|dreamed|dream|dreams|dreaming|fantasi[sz]ed|fantasi[sz]e|fantasi[sz]ing|daydream|daydreamed|daydreaming) (?:about|of) (?:{OBJ}|being with (?:{OBJ}))"),
            Any(@"(?:she's|he's|they're|she is|he is|they are|the client is|the client's) (?:always |constantly |often |still )?on my mind"),
            P(@"(?:wonder|wondered|wondering|imagine|imagined|imagining) (?:what|where|who|how) (?:she's|he's|they're|she is|he is|they are|she was|he was|they were|she|he|they) (?:\w+ )?(?:doing|with|spending)"),
            P(@"(?:miss|missed|missing) (?:{OBJ}|seeing (?:{OBJ})|our (?:chats|sessions|talks)) {G4}(?:between sessions|on (?:the )?weekends?|when (?:she|he|they|we)|a lot|so much|already)"),
            P(@"(?:looked (?:her|him|them) up|googled (?:{OBJ})|checked (?:her|his|their) (?:instagram|insta|facebook|profile|social media|socials)|stalked (?:her|his|their)|drove (?:past|by) (?:her|his|their) (?:house|home|place))"),
            P(@"(?:attracted to|crush on|feelings for|fallen for|falling for) (?:{OBJ})"),
        ],
        ["BS-PROLONG"] =
        [
            new(@"(?:continue|continuing|continued|keep going|kept going|carry on|carrying on|carried on)(?=\s*(?:anyway|regardless|with (?:her|him|them))?\s*[.!]?\s*$)", SentenceMustContain: "{END_DUE}"),
            new(@"(?:{CONTINUE}) {G3}(?:seeing|booking|meeting|working with|sessions?|appointments?|treatment|therapy|counsell?ing|(?:her|him|them) (?:on|in)|the file open|(?:her|his|their) file open|more (?:\w+ )?sessions|another (?:\w+ )?sessions?|extra sessions?|more appointments)", SentenceMustContain: "{END_DUE}"),
            P(@"(?:{CONTINUE}) {G3}(?:seeing|booking|meeting|working with|sessions?|appointments?|treatment|therapy|counsell?ing|her on|him on|them on|(?:her|him|them) in|the file open|(?:her|his|their) file open|more sessions|another (?:\w+ )?sessions?|extra sessions?) {G10}(?:even though|although|though|despite|when|but|even after|after|because i|since) {G8}(?:{END_DUE})"),
            P(@"(?:{END_DUE}) {G8}(?:but|yet|still|and|so) {G3}(?:i|we) {G3}(?:{CONTINUE}) {G3}(?:seeing|booking|meeting|working|her|him|them|sessions?|appointments?|treatment|therapy|more|another|extra)"),
            Neg(@"(?:not ready|don't want|didn't want|do not want|did not want|reluctant|hesitant|can't bring myself|cannot bring myself|couldn't bring myself|hate|dread|dreading|avoid|avoiding|avoided|keep putting off|kept putting off) (?:to )?(?:end|ending|let (?:her|him|them) go|letting (?:her|him|them) go|stop seeing|stopping|close (?:the|her|his|their) file|closing (?:the|her|his|their) file|terminate|terminating|termination|discharge|discharging|say goodbye|saying goodbye|wrap up|wrapping up|the ending|our ending|the last session)", Actor.Practitioner),
            P(@"(?:put|putting|puts) off (?:the )?(?:ending|termination|discharge|closing|closure|our last session|the last session|(?:her|his|their) discharge|the end)"),
            P(@"(?:postponed|postponing|postpone|delayed|delaying|delay|dragged out|dragging out|drag out|stretched out|stretching out|prolonged|prolonging|prolong) (?:the |her |his |their |our )?(?:ending|termination|discharge|closure|closing|last session|treatment|therapy|sessions|counsell?ing|work together)"),
            Neg(@"(?:haven't|have not|didn't|did not|still haven't|still have not) (?:\w+ )?(?:discharged|closed|terminated|ended (?:with)?) (?:{OBJ}|(?:her|his|their|the) (?:file|case)) {G10}(?:even though|although|though|despite|but|when) {G8}(?:{END_DUE})", Actor.Practitioner),
            P(@"(?:invented|made up|found|came up with|created) (?:a |new |another |more )?(?:reasons?|goals?|issues?|excuses?) {G4}(?:to keep|so (?:i|we) could keep|to continue)"),
        ],

        ["BV-ROMANCE"] =
        [
            P(@"(?:we|i) (?:\w+ )?(?:kissed|made out|slept together|had sex|hooked up|started dating|are dating|have been dating|were dating|went on a date|go on a date|going on a date|been seeing each other|are seeing each other|started seeing each other|are together now|got together|became lovers|are in a relationship|started a relationship|had an affair|are having an affair|have been sleeping together|spent the night together|held hands|cuddled)"),
            P(@"(?:kissed|kiss|kissing|slept with|sleeping with|had sex with|having sex with|made out with|hooked up with|dated|dating|went on a date with|flirted with|flirting with|flirt with|made a pass at|came on to|hit on|seduced|seducing|sexted|sexting|fondled|caressed|groped|touched (?:her|him|them) (?:sexually|inappropriately|intimately|romantically)) (?:{OBJ})"),
            P(@"(?:asked|ask|asking) (?:{OBJ}) (?:out|on a date)|(?:took|take|taking) (?:{OBJ}) (?:out )?on a date"),
            P(@"(?:romantic(?:ally)?|sexual(?:ly)?|intimate(?:ly)?) (?:involved|relationship|involvement|feelings|encounter|contact) (?:with (?:{OBJ}))?"),
            P(@"(?:i'm|i am|i've fallen|i have fallen|i fell|fell|falling) in love with (?:{OBJ})"),
            P(@"told (?:{OBJ}) (?:that )?i (?:love|loved|have feelings for|am attracted to|was attracted to|fancy) (?:{OBJ})"),
            P(@"(?:sent|send|sending) (?:{OBJ}) (?:a )?(?:nudes?|naked (?:photos?|pictures?)|sexual (?:messages?|photos?|texts?)|love (?:letters?|notes?)|flirty (?:texts?|messages?))"),
            P(@"(?:invited|invite|inviting|asked) (?:{OBJ}) (?:to|over to|back to|out to|for) {G2}(?:dinner|drinks|a drink|my (?:place|apartment|flat|house|home|bed|room)|a date|the movies|a romantic)"),
        ],
        ["BV-DUAL"] =
        [
            P(@"(?:hired|hire|hiring|employed|employ|employing|contracted|contract|paid|pay|paying) (?:{OBJ}) (?:to|as|for) {G4}(?:fix|clean|paint|build|babysit|nanny|work|renovate|repair|do|help|design|cater|walk|mow|tutor|assistant|contractor|cleaner|babysitter|my)"),
            P(@"(?:hired|hire|hiring|employed|employ|employing) (?:{OBJ})"),
            Any(@"(?:went|go|going|gone) into business|business (?:partners?|deal|venture|arrangement|relationship) (?:with (?:{OBJ})|together)|(?:started|start|starting|opened|open|run|running) (?:a |an )?(?:business|company|side hustle|shop|venture) together"),
            P(@"(?:invested|invest|investing|put money) in (?:her|his|their) (?:business|company|startup|shop|venture|project)"),
            P(@"(?:sold|sell|selling|rented|rent|renting|leased|lease|leasing) (?:{OBJ}) (?:my|a|an|the|our|some)"),
            P(@"(?:bought|buy|buying|purchased|purchase|rented|rent|renting) (?:a |an |the |his |her |their |some )?\w+ (?:\w+ )?from (?:{OBJ})"),
            Any(@"(?:she|he|they|the client) (?:now |also |still )?(?:works?|worked|is working|has been working|started working|cleans|cleaned|babysits|babysat|does|did) (?:for me|my (?:hair|taxes|nails|books|accounts|garden|yard|renovations?|cleaning|house|dog walking))"),
            Any(@"(?:she|he|they|the client)(?:'s| is| was| has become| became| is now| was now) (?:now )?(?:also )?my (?:new )?(?:employee|tenant|landlord|business partner|contractor|hairdresser|hairstylist|barber|dentist|doctor|mechanic|realtor|accountant|babysitter|nanny|personal trainer|trainer|lawyer|plumber|electrician|cleaner|boss|roommate|friend|neighbou?r)"),
            P(@"(?:we(?:'re| are| have become| became|'ve become)|became|becoming|become) (?:good |close |real |best |actual )?friends"),
            P(@"(?:hung out|hang out|hanging out|grabbed|grab|went (?:out )?for|go (?:out )?for|met up|meet up|meeting up|got|had|socialised|socialized|partied|went to (?:a|the) (?:party|concert|game|bar|club|movies)) {G3}(?:drinks|a drink|beers?|coffee|dinner|lunch|brunch|together|socially|outside (?:of )?(?:work|sessions?)|on the weekend|after work) {G3}(?:with (?:{OBJ})|together)"),
            P(@"(?:we|i) (?:\w+ )?(?:hung out|hang out|met up|go out|went out|socialised|socialized|see each other) (?:socially|on weekends|outside (?:of )?(?:work|sessions?)|as friends|for (?:drinks|coffee|dinner|lunch|brunch))"),
            P(@"(?:went|go|going|gone|attended|attend|attending) to (?:her|his|their|the client's) (?:birthday|party|wedding|bbq|barbecue|house|home|place|cottage|family (?:dinner|event|gathering)|graduation|church|housewarming)"),
            P(@"(?:seeing|see|saw|meet|meeting|met|visit|visiting|visited) (?:{OBJ}) (?:socially|outside (?:of )?(?:work|sessions?|the office)|on (?:the )?weekends?|as (?:a )?friends?|for (?:drinks|coffee|dinner|lunch|brunch))"),
            P(@"(?:invited|invite|inviting|asked) (?:{OBJ}) (?:to|over to|for) {G2}(?:my|our) (?:wedding|party|birthday|bbq|barbecue|house|home|place|cottage|church|family (?:dinner|event|gathering))"),
            P(@"(?:treat|treating|counsel|counsell?ing|seeing) (?:my )?(?:own )?(?:friend|neighbou?r|cousin|relative|colleague|coworker|co-worker|employee|ex|family member|sister-in-law|brother-in-law)"),
            P(@"(?:she|he|they)(?:'s| is| was) (?:actually )?(?:my|a) (?:friend|neighbou?r|cousin|relative|colleague|coworker|co-worker|family member) (?:and|but) (?:i|we) {G2}(?:see|saw|counsel|treat|work with|took (?:her|him|them) on)"),
        ],
        ["BV-GIFT"] =
        [
            P(@"(?:accepted|accept|accepting|took|take|taking|kept|keep|keeping|received|receive|receiving|pocketed|cashed|used) {G5}(?:{VALUE_ITEM})(?! (?:card|note|letter)s?\b)"),
            P(@"(?:gave|give|giving|given|bought|buy|buying|got|sent|send|lent|lend|lending|loaned|loan|paid|pay|paying|handed|treated) (?:{OBJ}) {G3}(?:{VALUE_ITEM})"),
            P(@"(?:paid|pay|paying|covered) (?:for )?(?:her|his|their) (?:rent|bills?|groceries|phone bill|tuition|flight|car repairs?|debts?|fees|rent money)"),
            Offer(@"(?:she|he|they|the client|the family|client) {G3}(?:gave|give|gives|brought|bring|brings|bought|buy|sent|send|offered|offer|offers|handed|tipped|tip|insisted on giving) (?:me|us) {G4}(?:{VALUE_ITEM})"),
            Offer(@"(?:expensive|costly|valuable|pricey|generous|lavish|luxury|designer|[$£€]\d[\d,]*) (?:gift|present)s?"),
            Offer(@"(?:gift|present)s? (?:worth|valued at|that cost|costing) (?:about |around |over |more than )?(?:[$£€]\s?\d[\d,]*|\d[\d,]*\s?(?:dollars|bucks))"),
            Offer(@"(?:a )?tip of (?:[$£€]\s?\d[\d,]*|\d[\d,]*\s?(?:dollars|bucks))"),
        ],
        ["BV-EXPLOIT"] =
        [
            P(@"(?:borrowed|borrow|borrowing) (?:money|cash|some money|[$£€]\s?\d[\d,]*|\d[\d,]*\s?(?:dollars|bucks)|(?:her|his|their) (?:car|truck|cottage|boat|money|credit card)) (?:from (?:{OBJ}))?"),
            P(@"(?:asked|ask|asking|got|get|had|have|made|make|let|convinced|persuaded|pressured|talked) (?:{OBJ}) (?:into )?(?:to )?(?:for )?(?:lend|loan|lending|give me|gives me|pay|paying|invest|investing|buy|buying|vote|do me a favou?r|do (?:some |a )?(?:work|job|favou?r|repairs?|renovations?|chores|errands) for (?:me|free|nothing)|work for (?:me|free|nothing)|babysit|clean my|fix my|paint my|repair my|drive me|help me (?:move|with my (?:house|business|garden|taxes))|put in a good word|introduce me|hook me up|get me|hire my|recommend me|review my|promote my|sign up for my|join my|sell me|a favou?r|a loan|money|a discount|a deal|free|tickets|a job for)"),
            P(@"(?:used|use|using) {G4}(?:information|details|what (?:she|he|they) (?:told|shared|said)|(?:her|his|their) (?:connections|contacts|position|influence|inside information|insider information|tips?|account|credit card|discount|access)|(?:stock|investment|insider|inside|trading|betting) tips?) {G3}(?:to|for) {G2}(?:my|me|myself|get|gain|benefit|profit|make money|money|buy|cash|rich)"),
            P(@"(?:took|take|taking) advantage of (?:{OBJ}|(?:her|his|their) (?:trust|situation|vulnerability|generosity|position))"),
            Any(@"(?:did|does|do|fixed|fixes|cleaned|cleans|repaired|painted|built|worked|renovated|mowed|babysat|drove) {G5}(?:for (?:me )?(?:free|nothing)|free of charge|without (?:pay|charge|charging)|at no cost)"),
            Any(@"(?:gives|gave|give|get|got|getting) (?:me )?(?:a |an )?(?:big |huge |special |staff |family )?(?:discount|freebies|free (?:stuff|services?|meals?|drinks|tickets))(?: at (?:her|his|their) (?:store|shop|restaurant|business|salon|gym|bar))?"),
            P(@"(?:charged|charge|charging|billed|bill|billing) (?:{OBJ}) (?:extra|more|double|for sessions (?:that|we) (?:never|didn't))"),
            P(@"(?:got|get|had|have|asked) (?:{OBJ}) (?:to )?(?:sign|write|post|leave) (?:over |me )?(?:a )?(?:money|property|review|testimonial|will|power of attorney)"),
        ],

        ["AC-GOALS"] =
        [
            Neg(@"(?:no|without|lack of|lacking|absence of|zero|missing|no real|no clear|no agreed|no shared|no set|no specific|no concrete) (?:\w+ )?(?:agreed |clear |shared |real |specific |concrete |set |defined |common )?(?:goals?|aims?|objectives?|direction|agenda|focus for (?:the|our) (?:work|sessions?))"),
            Neg(@"(?:{NEG}|{REGRET}) (?:\w+ ){0,2}(?:agree|agreed|agreeing|set|setting|settle|settled|establish|established|identify|identified|define|defined|clarify|clarified|discuss|discussed|talk about|talked about|get to|got to|nail down|pin down|figure out|figured out|work out|worked out|decide|decided|name|named|pick|picked|set up|map out|land on) (?:on |upon )?{G3}(?:{GOALS})"),
            Any(@"(?:goals?|aims?|objectives?|focus|direction|priorities|agenda) (?:are|were|is|was|remain|remained|remains|still|seem|seemed|seems|feel|felt|feels|stayed|stay|look|looked) (?:\w+ ){0,2}(?:unclear|vague|fuzzy|undefined|not clear|not agreed|not set|not defined|confusing|confused|all over the place|up in the air|missing|unsettled|murky|contested|mismatched|different|at odds|in conflict|unspoken|unknown|undecided|uncertain)"),
            Any(@"(?:unclear|vague|fuzzy|undefined|different|conflicting|competing|mismatched|clashing|unagreed|diverging|opposing) (?:\w+ )?(?:goals|aims|objectives|agendas|priorities|expectations about (?:the )?(?:goals|outcome))"),
            Neg(@"(?:we|she|he|they|i) (?:\w+ ){0,2}(?:disagree|disagreed|disagreeing|clashed|clash|argued|argue|don't agree|didn't agree|did not agree|do not agree|couldn't agree|could not agree|can't agree|weren't on the same page|aren't on the same page|are not on the same page|were not on the same page|want different things|wanted different things|have different ideas|had different ideas) {G6}(?:{GOALS}|priorities|the plan|why (?:she's|he's|they're|she is|he is|they are) here)"),
            Neg(@"(?:doesn't|does not|didn't|did not|don't|do not|still doesn't|still does not|has no|had no|have no) (?:really )?(?:know|idea|clue|understand|sense of) (?:what|why) (?:she|he|they) (?:wants?|wanted|needs?|needed|is|was|are|were|hopes?|hoped) (?:to get )?(?:from|out of|to (?:work on|achieve|get)|here|in (?:counsell?ing|therapy))"),
            Neg(@"not (?:on the same page|aligned|in agreement) (?:about|on|regarding|with) {G3}(?:{GOALS}|why|the plan|priorities)"),
            Neg(@"(?:{NEG}) (?:\w+ )?(?:have|had) (?:a |any )?(?:clear |agreed |shared |real )?(?:goals?|aims?|objectives?|direction|plan for (?:the|our) work)"),
            Any(@"(?:goals?|aims?|objectives?) (?:were|was|are|is|have been|had been|got|get) (?:\w+ )?(?:imposed|set by me|dictated|decided by me|my (?:idea|goals?)|not hers|not his|not theirs)"),
            Any(@"(?:pursuing|pushing|pushed|imposed|imposing) my (?:own )?(?:goals?|agenda)"),
        ],
        ["AC-TASKS"] =
        [
            Neg(@"(?:{NEG}|{REGRET}) (?:\w+ ){0,2}(?:explain|explained|discuss|discussed|talk about|talked about|go over|went over|clarify|clarified|agree on|agreed on|agree|agreed|set|define|defined|cover|covered|outline|outlined|describe|described|review|reviewed|spell out|spelled out|lay out|laid out|mention|mentioned|get into) {G3}(?:{TASKS})"),
            Any(@"(?:unclear|unsure|not sure|not clear|confused|confusion|uncertain|no idea|puzzled|lost|muddled|vague|didn't know|did not know|doesn't know|does not know|don't know|do not know|wasn't sure|was not sure|weren't sure|isn't sure|is not sure|had no idea|has no idea|didn't understand|did not understand|doesn't understand|does not understand) {G3}(?:about |on |over |of |as to )?(?:(?:her|his|their|my|our|the) )?(?:roles?|responsibilit(?:y|ies)|tasks?|homework|assignments?|expectations|what (?:she|he|they|i|we) (?:was|were|is|are|am)?\s?(?:supposed|expected|meant) to (?:do|bring|work on)|what to do (?:next|between sessions|before (?:the|our) next)|what (?:her|his|their|my|our) (?:part|job|role) (?:is|was)|who (?:does|was doing|would do|is doing|will do|should do) what|what counsell?ing (?:involves|is|would involve)|how (?:this|counsell?ing|therapy|it|the process|sessions) (?:works?|would work|will work)|the process)"),
            Any(@"(?:roles?|responsibilit(?:y|ies)|tasks?|homework|expectations|assignments?|the division of labou?r) (?:are|were|is|was|remain|remained|remains|still|seem|seemed|seems|felt|feel|got|get) (?:\w+ ){0,2}(?:unclear|vague|fuzzy|undefined|not clear|confusing|confused|muddled|blurred|blurry|mixed up|not agreed|not discussed|unspoken)"),
            Any(@"(?:blurred|blurry|unclear|confused|confusing|vague|muddled|mixed-up|mixed up) (?:\w+ )?(?:roles|tasks|expectations|responsibilities)"),
            Neg(@"(?:{NEG}) (?:do|did|does|complete|completed|bring|brought|finish|finished|start|started|try|tried) (?:\w+ )?(?:the |her |his |their |any )?(?:homework|assignment|tasks?|worksheet|exercise) {G4}(?:because|as|since) {G4}(?:(?:she|he|they) )?(?:didn't|did not|wasn't|was not|weren't) (?:understand|know|sure|clear)"),
            Neg(@"(?:{NEG}) (?:\w+ )?(?:understand|understood|get|got|grasp|grasped) (?:what|why|how) (?:counsell?ing|therapy|the sessions|we|this|the process|i) (?:was|were|is|are|would|will|do|does|did) {G3}(?:for|about|work|involve|do|going to)"),
        ],
        ["AC-BOND"] =
        [
            // "I didn't feel like she trusted me", "I dont think he trusts me yet": the negation sits on the
            // practitioner's impression, ahead of the client's verb.
            Neg(@"(?:{NEG}) (?:really |quite |honestly )?(?:feel|felt|think|thought|sense|sensed|get the (?:sense|feeling|impression)|got the (?:sense|feeling|impression)|believe|believed) (?:like |that )?(?:{SUBJ_OTHER}) (?:really |fully |quite |ever |actually )?(?:trusts?|trusted|likes?|liked|felt safe with|feels safe with|felt comfortable with|feels comfortable with|opened up to|connected with|warmed to|warmed up to) (?:me|us)"),
            Neg(@"(?:{SUBJ_OTHER}) (?:\w+ ){0,2}(?:doesn't|does not|didn't|did not|don't|do not|won't|wouldn't|would not|can't|cannot|couldn't|could not|isn't|wasn't|never|still doesn't|still does not|still won't) (?:really |quite |fully |yet |seem to |want to |seem to want to )?(?:open up|opened up|engage|connect|warm up|warmed up|feel safe|feel comfortable|feel heard|feel understood|like me|want to be here|want to talk|want to come|talk much|say much|make eye contact|look at me|respond to me|believe me|believe in (?:me|counsell?ing|this))"),
            Neg(@"(?:{SUBJ_OTHER}) (?:\w+ ){0,2}(?:doesn't|does not|didn't|did not|don't|do not|can't|cannot|won't) (?:really |quite |fully |yet )?trust (?:me|us|the process|counsell?ing|therapy|the service|this|professionals|counsell?ors|therapists|anyone here|the system|services)"),
            Neg(@"(?:no|little|lack of|lacking|without|zero|not much|not enough|hardly any|barely any|no real|weak|poor|broken|damaged|strained|fragile|shaky|low|limited|a breakdown in|a rupture in|ruptured) (?:\w+ )?(?:rapport|trust|connection|bond|engagement|alliance|relationship between us|chemistry)"),
            Any(@"(?:felt|feel|feels|feeling|seemed|seems|seem|was|were|is|are|appeared|appears|looked|looks|remained|remains|stayed|became|got|grew|sounded|acted|came across as) (?:\w+ ){0,2}(?:{WEAK_BOND})"),
            Any(@"(?:tension|friction|rupture|strain|conflict|distance|coldness|awkwardness|mistrust|distrust|hostility|resentment) (?:between us|in the room|in (?:our|the) relationship|with me|in the session|in our (?:session|work))"),
            Any(@"(?:{SUBJ_OTHER}) (?:\w+ )?(?:mistrusts?|mistrusted|distrusts?|distrusted|resents?|resented|dislikes?|disliked|hates?|hated) (?:me|us|counsell?ing|therapy|being here|coming here|the sessions)"),
            Any(@"(?:{SUBJ_OTHER}) (?:\w+ )?(?:walked out|stormed out|hung up on me|shut down|shut me out|refused to (?:talk|speak|answer|engage|look at me)|gave (?:me )?one-word answers|gave (?:me )?short answers|crossed (?:her|his|their) arms and|rolled (?:her|his|their) eyes at me|yelled at me|snapped at me|accused me)"),
            Neg(@"(?:we|i) (?:\w+ )?(?:didn't|did not|couldn't|could not|don't|do not|never|haven't|have not|can't|still haven't) (?:really |quite |yet |seem to )?(?:connect|click|gel|hit it off|get along|build rapport|establish rapport|build trust|establish trust|develop rapport|form a bond|bond|find common ground|get through to (?:her|him|them)|reach (?:her|him|them))"),
            Neg(@"(?:struggled|struggle|struggling|hard|difficult|tough|impossible|unable|failed|a challenge) (?:\w+ )?to (?:build|establish|develop|form|get|earn|gain|create) (?:any |a |the |much |some )?(?:rapport|trust|connection|bond|alliance|relationship)"),
            Neg(@"(?:{SUBJ_OTHER}) (?:\w+ ){0,2}(?:doesn't|does not|didn't|did not|don't|do not) (?:seem to )?(?:want|wish) to be (?:here|in counsell?ing|in therapy|seeing me)"),
        ],
        ["AC-FOLLOWUP"] =
        [
            Neg(@"(?:{NEG}|{REGRET}) (?:\w+ ){0,2}(?:book|booked|booking|schedule|scheduled|scheduling|set|setting|set up|arrange|arranged|arranging|agree|agreed|agreeing|make|made|making|plan|planned|planning|discuss|discussed|discussing|talk about|talked about|go over|went over|confirm|confirmed|confirming|clarify|clarified|settle|settled|get|got|cover|covered|fix|fixed|nail down|pin down|sort out|sorted out|figure out|figured out|decide|decided) (?:on |upon )?{G2}(?:{NEXT})"),
            Neg(@"(?:no|without|without any|without a|lack of|no clear|no agreed|no real|no concrete|no firm|no set|nothing about) (?:clear |agreed |real |concrete |firm |set |definite )?(?:next steps?|follow-up|follow up|followup|plan (?:for|going forward|after|between)|next appointment|next session|next meeting|date for (?:the|our) next|way forward|homework|booking)"),
            Any(@"(?:next steps?|follow-up|follow up|followup|next appointment|next session|next meeting|the plan|plan going forward|our plan) (?:is|are|was|were|remain|remains|remained|feel|felt|seem|seemed|still|left) (?:\w+ ){0,2}(?:unclear|vague|up in the air|not clear|uncertain|undecided|not set|unknown|tbd|to be decided|to be determined|not agreed|not booked|unscheduled|open|hanging|murky|fuzzy)"),
            Neg(@"(?:not sure|unsure|don't know|do not know|didn't know|did not know|no idea|unclear|uncertain|wondering) (?:when|if|whether) (?:we(?:'ll| will| would)?|she(?:'ll| will| would)?|he(?:'ll| will| would)?|they(?:'ll| will| would)?|i(?:'ll| will)?) (?:\w+ ){0,2}(?:meet|see|come back|return|be back|follow up|talk|speak|hear|book|reconnect|come in|check in)"),
            Any(@"(?:left|leave|ended|end|finished|wrapped up|walked out) (?:\w+ )?(?:without|with no) (?:a |any |clear |agreed |real )*(?:plan|next steps?|appointment|booking|follow-up|follow up|date|time to meet|agreement on what's next|homework|idea of what's next)"),
            Any(@"(?:session|appointment|meeting|it) (?:ended|finished|stopped|was cut short|got cut short) (?:abruptly|suddenly|early|before (?:we|i) could (?:plan|book|agree|set|talk about|discuss))"),
            Any(@"ran out of time (?:to|before) (?:we could |i could )?(?:plan|book|agree|set|talk about|discuss|schedule|arrange|wrap up|sort out|go over|cover) {G3}(?:next|follow|plan|appointment|session|steps|wrap)"),
        ],
        ["AC-RUSHED"] =
        [
            P(@"(?:i|we) (?:\w+ ){0,2}(?:rushed|hurried|raced|rushing|hurrying|racing|sped|speeding|flew|zipped|ploughed|plowed|barrelled|barreled) (?:through|into|over|past|her|him|them|the|to|along|it)"),
            P(@"(?:i|we) (?:\w+ ){0,2}(?:rushed|hurried)(?=\s*(?:[.,;!]|$))"),
            Any(@"(?:felt|feel|feels|feeling|was|were|is|it was|seemed|seems|everything felt|it all felt|the session felt|the ending felt|things felt|got|became) (?:\w+ )?(?:rushed|hurried|pressed for time|under time pressure|squeezed for time|crammed|too fast|too quick)"),
            P(@"(?:i|we) (?:\w+ ){0,2}(?:interrupted|interrupting|interrupt|kept interrupting|cut (?:{OBJ}) off|cutting (?:{OBJ}) off|talked over|talking over|spoke over|speaking over|kept talking|did (?:most|all|much|the bulk) of the talking|was doing (?:most|all) of the talking|talked (?:too much|the whole time|most of the (?:time|session)|at (?:her|him|them))|dominated|dominating|lectured|lecturing|monologued|steamrolled|steered (?:everything|the whole session)|took over the (?:session|conversation)|filled (?:every|the) silences?|jumped in|jump in)"),
            Neg(@"(?:i|we) (?:\w+ ){0,2}(?:didn't|did not|never|couldn't|could not|wouldn't) (?:really )?(?:let|give|allow) (?:{OBJ}) (?:\w+ )?(?:talk|speak|finish|time|space|a chance|room|the time|get a word in|lead|explain|answer)"),
            Any(@"(?:{SUBJ_OTHER}) (?:\w+ )?(?:couldn't|could not|didn't|did not|never|barely|hardly|wasn't able to) (?:get a word in|finish (?:a|her|his|their) (?:sentence|thought)s?|have (?:time|space|a chance) to (?:talk|speak|explain|reflect|think))"),
            Neg(@"(?:no|not enough|little|barely any|hardly any|without) (?:\w+ )?(?:time|space|room|silence|pauses?) (?:for (?:{OBJ}) to|to (?:talk|speak|explore|reflect|process|share|think|breathe|sit with))"),
            Any(@"(?:short|pressed|squeezed|strapped|tight) (?:on|for) time"),
            P(@"(?:rush|rushed|rushing|hurry|hurried|hurrying|pushed|pushing|pressured|pressuring) (?:{OBJ}) (?:through|along|into|to (?:decide|answer|finish|talk|wrap up|get to the point))"),
            P(@"(?:i|we) (?:\w+ ){0,2}(?:crammed|squeezed|packed) (?:everything|too much|a lot|it all) into"),
        ],
    };

    /// <summary>Things that went well, read with the same scope rules (a negated strength is not praised).</summary>
    public static readonly IReadOnlyDictionary<string, DetectionPattern[]> Strengths = new Dictionary<string, DetectionPattern[]>
    {
        ["P4"] =
        [
            Any(@"(?:discussed|discuss|explained|explain|went over|go over|talked about|talk about|clarified|clarify|covered|cover|outlined|outline|reviewed|review|agreed on|agreed|set out|laid out|spelled out|described) {G3}(?:roles?|responsibilit(?:y|ies)|(?:my|her|his|their|our) (?:role|part)|what (?:i|we|she|he|they) (?:would|will|can) (?:do|offer)|how (?:we|this|counsell?ing|it|the sessions) (?:would|will|works?))"),
        ],
        ["WA-FIRST"] =
        [
            Any(@"(?:discussed|discuss|explained|explain|went over|go over|talked about|talk about|clarified|clarify|covered|cover|reviewed|review|described|told (?:{OBJ}) about) {G3}(?:confidentiality|privacy|limits of confidentiality|consent form|informed consent)"),
        ],
        ["P5"] =
        [
            Any(@"(?:agreed|agree|decided|committed|confirmed|chose|signed up|consented) (?:\w+ ){0,2}(?:to work together|to keep working together|to continue working together|to start working together|to come back|to continue|to engage|on working together)"),
            Any(@"(?:confirmed|confirm|got|have|had) (?:\w+ )?(?:agreement|consent|buy-in|commitment) (?:to|for) (?:work|working|continue|counsell?ing|the work|start)"),
        ],
        ["WA-BORDIN"] =
        [
            Any(@"(?:agreed|agree|agreeing|settled|set|established|identified|defined|clarified|named|landed) (?:on |upon )?(?:\w+ ){0,3}(?:goals?|aims?|objectives?|what to work on|a focus|them)"),
            Any(@"(?:goals?|aims?|objectives?) (?:are|were|is|was|feel|felt|seem|seemed|now) (?:\w+ )?(?:clear|agreed|set|shared|mutual|clearer)"),
        ],
        ["P8"] =
        [
            Any(@"(?:booked|book|scheduled|schedule|set|arranged|arrange|agreed|agree|confirmed|confirm|made|planned|plan|fixed|set up) (?:on |upon )?(?:\w+ ){0,2}(?:{NEXT})"),
            Any(@"(?:next steps?|follow-up|follow up|next appointment|next session|homework|the plan) (?:is|are|was|were|feel|felt|seem|seemed) (?:\w+ )?(?:clear|agreed|booked|set|scheduled|confirmed)"),
            Any(@"(?:will|we'll|she'll|he'll|they'll|i'll) (?:\w+ ){0,2}(?:meet|see each other|check in|call|follow up|email|touch base) (?:again )?(?:next|in (?:a|two|three|\d+) (?:weeks?|days?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)"),
        ],
        ["P7.4"] =
        [
            Any(@"(?:acknowledged|acknowledge|recognised|recognized|recognise|recognize|praised|praise|celebrated|celebrate|affirmed|noticed|highlighted|pointed out|validated) (?:\w+ ){0,3}(?:progress|effort|efforts|hard work|success|successes|achievement|achievements|strengths?|courage|steps (?:she|he|they) (?:had )?taken)"),
        ],
        ["SK-SUMMARY"] =
        [
            Any(@"(?:summarised|summarized|summarise|summarize|summarising|summarizing|recapped|recap|used a summary|gave a summary|offered a summary|did a summary|reflected back the themes|pulled together the themes)"),
        ],
        ["P6.2"] =
        [
            Any(@"(?:allowed|allow|let|left|leaving|gave|give|sat with|sat in|tolerated|held) (?:\w+ ){0,2}(?:silence|silences|pauses?|space|room|time) (?:for (?:{OBJ}) )?(?:to (?:think|reflect|talk|process|speak|explore)|when (?:she|he|they))?"),
            Any(@"(?:let|allowed|encouraged) (?:{OBJ}) (?:to )?(?:lead|set the pace|take the lead|steer|do most of the talking|talk|tell (?:her|his|their) story)"),
            Any(@"(?:listened|listening|listen) (?:\w+ )?(?:actively|carefully|closely|attentively|deeply)|asked (?:\w+ )?(?:clarifying|open) questions"),
        ],
        ["WA-TRUST"] =
        [
            Any(@"(?:{SUBJ_OTHER}) (?:\w+ ){0,2}(?:opened up|open up|trusts? me|trusted me|started to trust|began to trust|seems? to trust|felt safe|feels safe|relaxed|warmed up|engaged well|was engaged|was more open|was open)"),
            Any(@"(?:good|strong|solid|growing|better|real|warm|great|positive) (?:\w+ )?(?:rapport|connection|bond|trust|alliance)"),
        ],
        ["P3"] =
        [
            Any(@"(?:used|booked|arranged|brought in|had|got) (?:\w+ )?(?:an? )?(?:interpreter|translator)|(?:adapted|adjusted|simplified|changed|tailored) (?:\w+ ){0,2}(?:language|approach|pace|materials|communication|style)|(?:identified|discussed|talked about|addressed|worked on) (?:\w+ ){0,2}(?:barriers?|obstacles?)"),
        ],
    };
}
