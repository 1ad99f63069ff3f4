namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One way of saying a sign or concern. <see cref="CarriesNegation"/> marks patterns whose meaning
/// already contains a negation ("we didn't agree goals"), so the negation inside the match is not
/// read as cancelling it; a negation before the match still does.
/// <see cref="Offer"/> marks patterns where someone else offers something, which a following
/// "but I declined" cancels. <see cref="SentenceMustContain"/> is a second template that must occur
/// somewhere in the same sentence, for signs made of two parts that a clause split separates
/// ("she met her goals, but I keep booking sessions").
/// </summary>
internal sealed record DetectionPattern(string Template, Actor Actor = Actor.Practitioner, bool CarriesNegation = false, bool Offer = false, string? SentenceMustContain = null);
