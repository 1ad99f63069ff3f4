namespace AllianceBot.Prompts.Detection;

/// <summary>
/// One way of saying a sign or concern. <see cref="CarriesNegation"/> marks patterns whose meaning
/// already contains a negation ("we didn't agree goals"), so the negation inside the match is not
/// read as cancelling it; a negation before the match still does.
/// <see cref="Offer"/> marks patterns where someone else offers something, which a following
/// "but I declined" cancels.
/// </summary>
internal sealed record DetectionPattern(string Template, Agent Agent = Agent.Practitioner, bool CarriesNegation = false, bool Offer = false);
