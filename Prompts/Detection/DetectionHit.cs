using AllianceBot.Prompts.Text;

namespace AllianceBot.Prompts.Detection;

/// <summary>A pattern match with its clause and the scope decision about it.</summary>
internal sealed record DetectionHit(string Code, Segment Clause, int MatchStart, int MatchLength, ScopeVerdict Verdict);
