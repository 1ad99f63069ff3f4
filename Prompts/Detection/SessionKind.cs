namespace AllianceBot.Prompts.Detection;

public enum SessionKind
{
    First,
    Ongoing,
    Closing,
}
