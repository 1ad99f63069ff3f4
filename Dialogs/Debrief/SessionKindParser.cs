using AllianceBot.Prompts.Detection;

namespace AllianceBot.Dialogs.Debrief;

public static class SessionKindParser
{
    private static readonly Dictionary<string, SessionKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = SessionKind.First, ["1"] = SessionKind.First, ["intake"] = SessionKind.First, ["initial"] = SessionKind.First,
        ["first session"] = SessionKind.First, ["new"] = SessionKind.First, ["new client"] = SessionKind.First,
        ["ongoing"] = SessionKind.Ongoing, ["2"] = SessionKind.Ongoing, ["follow-up"] = SessionKind.Ongoing, ["follow up"] = SessionKind.Ongoing,
        ["regular"] = SessionKind.Ongoing, ["continuing"] = SessionKind.Ongoing, ["ongoing session"] = SessionKind.Ongoing,
        ["closing"] = SessionKind.Closing, ["3"] = SessionKind.Closing, ["last"] = SessionKind.Closing, ["final"] = SessionKind.Closing,
        ["ending"] = SessionKind.Closing, ["closing session"] = SessionKind.Closing,
    };

    public static Parsed<SessionKind> Parse(string? text)
        => Words.TryGetValue((text ?? string.Empty).Trim().TrimEnd('.', '!'), out var kind)
            ? Parsed<SessionKind>.Success(kind)
            : Parsed<SessionKind>.Fail(DebriefCopy.KindInvalid);
}
