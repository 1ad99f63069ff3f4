namespace AllianceBot.Bot.Hosting;

public static class WebApplicationBuilderExtensions
{
    public const string LocalUrl = "http://127.0.0.1:3978";

    /// <summary>
    /// Listens on loopback port 3978 (the Bot Framework tools' default) unless ASPNETCORE_URLS,
    /// --urls, ASPNETCORE_HTTP_PORTS or Kestrel endpoints say otherwise: nothing is exposed by accident.
    /// </summary>
    public static WebApplicationBuilder UseLocalDefaultUrl(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["http_ports"]) && string.IsNullOrEmpty(config["https_ports"])
            && !config.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(LocalUrl);
        }
        return builder;
    }
}
