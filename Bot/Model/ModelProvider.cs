namespace AllianceBot.Bot.Model;

/// <summary>Which client library talks to Model:Endpoint (setting Model:Provider).</summary>
public enum ModelProvider
{
    /// <summary>An Azure OpenAI resource, through Azure.AI.OpenAI's AzureOpenAIClient (key or Entra ID).</summary>
    AzureOpenAI,

    /// <summary>OpenAI or any OpenAI-compatible server (Ollama, llama.cpp), through the OpenAI library's OpenAIClient.</summary>
    OpenAI,
}
