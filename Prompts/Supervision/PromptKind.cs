namespace AllianceBot.Prompts.Supervision;

public enum PromptKind
{
    Question,
    Observation,
    Acknowledgement,
}
