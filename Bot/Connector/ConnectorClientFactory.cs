namespace AllianceBot.Bot.Connector;

/// <summary>
/// Hands out ConnectorClients over the named, handler-equipped HttpClient. Singletons (the adapter)
/// ask per turn instead of holding one HttpClient, so handler rotation and DNS changes still apply.
/// </summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "BotConnector";

    public ConnectorClient Create() => new(httpClientFactory.CreateClient(HttpClientName));
}
