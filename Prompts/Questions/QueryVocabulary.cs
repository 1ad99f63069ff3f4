namespace AllianceBot.Prompts.Questions;

/// <summary>
/// Practitioners' everyday words mapped to the knowledge base's vocabulary ("insta" -> social media,
/// "intake" -> first session), plus words that carry no meaning for retrieval.
/// </summary>
internal static class QueryVocabulary
{
    // Keys are matched as whole words or phrases in the lower-cased question.
    public static readonly IReadOnlyList<(string Phrase, string Expansion)> Synonyms =
    [
        ("texting", "text phone number cell contact details"), ("texted", "text phone number cell contact details"), ("text", "phone number contact details"),
        ("txt", "text phone number contact"), ("sms", "text phone number contact"), ("whatsapp", "phone number social media contact"),
        ("cell", "phone number cell contact details"), ("cellphone", "phone number cell contact"), ("mobile", "phone number cell contact"),
        ("my number", "phone number contact details personal"), ("phone", "phone number contact"),
        ("insta", "instagram social media contact"), ("ig", "instagram social media"), ("instagram", "instagram social media contact"),
        ("facebook", "facebook social media contact"), ("fb", "facebook social media"), ("snapchat", "social media contact"), ("tiktok", "social media contact"),
        ("socials", "social media"), ("friend request", "social media contact facebook"), ("follow me", "social media contact"), ("dm", "social media contact"),
        ("intake", "first session initial roles confidentiality"), ("first meeting", "first session initial"), ("first appointment", "first session initial"),
        ("new client", "first session initial"), ("initial", "first session"), ("first time", "first session"), ("start of therapy", "first session"),
        ("wrap up", "follow-up next steps end appointment"), ("wrapping up", "follow-up next steps end appointment"), ("wrap-up", "follow-up next steps end"),
        ("end of the session", "follow-up next steps end appointment"), ("end of session", "follow-up next steps end appointment"), ("before they leave", "follow-up next steps"),
        ("rapport", "rapport bond trust alliance"), ("connection", "bond trust rapport"), ("relationship", "alliance bond"),
        ("follow up", "follow-up next steps"), ("followup", "follow-up next steps"), ("follow-up", "follow-up next steps"), ("check in", "check-ins between appointments progress"),
        ("between sessions", "between appointments check-ins progress"), ("between appointments", "between appointments check-ins progress"),
        ("confidentiality", "confidentiality first session privacy"), ("confidential", "confidentiality"), ("privacy", "confidentiality"),
        ("homework", "tasks homework"), ("assignments", "tasks homework"),
        ("gift", "gift value"), ("gifts", "gift value"), ("present", "gift"), ("tip", "gift money"), ("gift card", "gift value money"), ("cookies", "gift"),
        ("date", "romantic sexual dating"), ("dating", "romantic sexual dating"), ("crush", "attracted romantic thinking"), ("attracted", "attracted romantic thinking"),
        ("kiss", "romantic sexual"), ("romance", "romantic"), ("sleep with", "sexual romantic"), ("hug", "boundaries"), ("hugging", "boundaries"),
        ("ran over", "time beyond therapeutic needs"), ("run over", "time beyond therapeutic needs"), ("overtime", "time beyond therapeutic needs"),
        ("long session", "time beyond therapeutic needs"), ("longer sessions", "time beyond therapeutic needs"), ("extra time", "time beyond therapeutic needs"),
        ("friends with", "dual relationship friendship"), ("be friends", "dual relationship friendship"), ("friend", "friendship dual"),
        ("business", "business dual relationship"), ("hire", "dual relationship employ"), ("customer", "dual relationship"), ("buy from", "dual relationship business"),
        ("mandated", "involuntary court ordered trust"), ("court", "court ordered involuntary trust"), ("forced", "involuntary trust"), ("doesn't want to be there", "involuntary trust reluctant"),
        ("doesn't want to be here", "involuntary trust reluctant"), ("resistant", "reluctant trust involuntary"),
        ("empathic", "empathy"), ("warmth", "empathy warmth"), ("body language", "nonverbal empathy"), ("eye contact", "nonverbal eye contact empathy"), ("tone", "nonverbal tone voice"),
        ("late", "punctual on time"), ("on time", "punctual"), ("punctuality", "punctual"),
        ("interpreter", "language barrier"), ("translator", "language barrier"), ("english", "language barrier"), ("esl", "language barrier"), ("disability", "barrier access adapt"),
        ("burnout", "wellness self-care"), ("burned out", "wellness self-care"), ("stressed", "wellness self-care"), ("exhausted", "wellness self-care"), ("look after myself", "wellness self-care"),
        ("journal", "reflective writing"), ("journaling", "reflective writing"), ("write", "reflective writing"),
        ("supervision", "supervision debrief"), ("supervisor", "supervision debrief"),
        ("terminate", "termination ending"), ("termination", "termination ending"), ("discharge", "termination ending"), ("end therapy", "termination ending"),
        ("ending", "termination ending"), ("close the file", "termination ending"), ("let go", "termination ending"), ("keep seeing", "continuing treatment termination"),
        ("overshare", "personal problems sharing"), ("self disclosure", "personal problems sharing"), ("self-disclosure", "personal problems sharing"), ("my own problems", "personal problems sharing"),
        ("my divorce", "personal problems sharing"), ("about myself", "personal problems sharing"),
        ("outfit", "dress"), ("clothes", "dress"), ("wear", "dress"), ("dressing", "dress"),
        ("thinking about", "thinking settings"), ("can't stop thinking", "thinking settings"), ("on my mind", "thinking settings"),
        ("loan", "exploit borrowing money"), ("borrow", "exploit borrowing money"), ("favour", "exploit favours"), ("favor", "exploit favours"), ("take advantage", "exploit"),
        ("interrupt", "interrupting dominating"), ("interrupting", "interrupting dominating"), ("talk too much", "dominating"), ("talking too much", "dominating"), ("rushing", "rush time"), ("rushed", "rush time"),
        ("silence", "silence listen actively"), ("listening", "listen actively"),
        ("rights", "service rights"), ("complaint", "service rights"),
        ("recap", "summary themes"), ("summarise", "summary themes"), ("summarize", "summary themes"), ("summing up", "summary themes"),
        ("probe", "declarative probes questions"), ("probing", "declarative probes questions"), ("open ended", "open questions"), ("open-ended", "open questions"),
        ("how long", "proficiency time"), ("get good", "proficiency"), ("become competent", "proficiency"), ("how many clients", "proficiency 20 clients"),
        ("goal", "goals"), ("agree", "agreement"), ("consent", "agreement"), ("buy in", "agreement"), ("on board", "agreement"),
        ("clutter", "tidy space"), ("room", "space environment"), ("office", "space environment"), ("noise", "distractions"), ("notifications", "distractions phone"),
        ("family", "family system"), ("culture", "cultural"), ("bias", "biases stereotyping"), ("prejudice", "biases stereotyping"),
        ("red flags", "warning signs yellow lights"), ("red flag", "warning signs yellow lights"), ("warning signs", "warning signs yellow lights"),
        ("crossed a line", "boundaries violation"), ("crossing the line", "boundaries violation"),
        ("why does it matter", "why importance outcomes"), ("why is", "importance"), ("does it matter", "importance outcomes"), ("evidence", "outcomes"), ("research", "outcomes"),
        ("self-esteem", "self-esteem confidence"), ("confidence", "confidence"),
        ("praise", "recognise efforts progress"), ("celebrate", "recognise progress"),
        ("won't talk", "reluctant open up trust involuntary"), ("wont talk", "reluctant open up trust involuntary"), ("doesn't talk", "reluctant open up trust"),
        ("not talking", "reluctant open up trust"), ("silent", "reluctant open up trust"), ("shut down", "guarded trust bond"), ("closed off", "guarded trust bond"),
        ("end with", "termination ending"), ("ending with", "termination ending"), ("finish with", "termination ending"), ("stop seeing", "termination ending"),
        ("say goodbye", "termination ending"), ("last session", "termination ending"),
    ];

    public static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into", "is", "are", "was", "were",
        "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "i", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them",
        "him", "her", "his", "their", "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "when", "where", "why", "how", "can", "could",
        "should", "would", "will", "shall", "may", "might", "must", "so", "than", "too", "very", "just", "any", "some", "all", "there", "here", "up", "out", "over",
        "no", "not", "ok", "okay", "s", "t", "im", "i'm", "it's", "what's", "whats", "thing", "things", "say", "says", "said", "tell", "mean", "means", "get", "got",
        "like", "also", "really", "one", "need", "want", "know", "supposed", "allowed", "fine", "there", "then", "much", "many", "more", "most", "way", "good", "best",
        "please", "hey", "hi", "hello", "thanks", "thank", "standard's", "ever", "still", "else", "okay",
    ];

    /// <summary>Domain words too common to show that a question is on topic.</summary>
    public static readonly HashSet<string> Generic =
    [
        "client", "session", "counsellor", "counselor", "practitioner", "therapist", "professional", "work", "help", "time", "new", "make", "use", "give", "take", "go",
        "right", "wrong", "day", "today", "week", "people", "person", "someone", "feel", "think", "see", "keep", "try", "start", "end", "first", "talk", "ask", "question",
    ];
}
