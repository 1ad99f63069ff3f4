namespace AllianceBot.Prompts.Detection;

/// <summary>The practitioner's own 1-5 ratings of Bordin's three parts of the alliance. Null means not rated.</summary>
public sealed record AllianceRatings(int? Goals = null, int? Tasks = null, int? Bond = null);
