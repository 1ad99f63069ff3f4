using System.Net;
using AllianceBot.Dialogs.Supervision;
using AllianceBot.Prompts.Digests;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// GET /digest?s=&amp;p=&amp;e=&amp;sig=: the full digest page, for the supervisor a signed link was made for
/// (<see cref="DigestLinks"/>), while the link lasts and while they are on the roster. A closed period
/// shows the digest saved when it was sent; an open one is composed now. Nothing is cached, sent as a
/// referrer or framed.
/// </summary>
public static class DigestPageEndpoint
{
    public static IEndpointRouteBuilder MapDigestPage(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(DigestLinks.PagePath, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, DigestLinks links, AccessPolicy access, DigestService digests,
        RosterStore rosters, IOptions<DigestOptions> options, TimeProvider time)
    {
        var query = http.Request.Query;
        Secure(http.Response);
        var ticket = links.Verify(query["s"], query["p"], query["e"], query["sig"]);
        if (ticket is null || !await access.CanViewDigestAsync(ticket.SupervisorId, ticket.SupervisorId, http.RequestAborted).ConfigureAwait(false))
        {
            await WriteAsync(http, StatusCodes.Status403Forbidden, DigestCopy.PageRefused).ConfigureAwait(false);
            return;
        }
        if (ticket.Expired)
        {
            await WriteAsync(http, StatusCodes.Status410Gone, DigestCopy.PageExpired).ConfigureAwait(false);
            return;
        }
        var supervisor = (await rosters.GetAsync(http.RequestAborted).ConfigureAwait(false)).FindSupervisor(ticket.SupervisorId)!;
        var zone = DigestSchedule.ZoneFor(supervisor, options.Value);
        var closed = DigestSchedule.ToUtc(ticket.Period.End.AddDays(1), TimeSpan.Zero, zone) <= time.GetUtcNow();
        var html = closed ? await digests.ReadSavedHtmlAsync(supervisor.Id, ticket.Period, http.RequestAborted).ConfigureAwait(false) : null;
        if (html is null)
        {
            var digest = await digests.ComposeAsync(supervisor.Id, ticket.Period, http.RequestAborted).ConfigureAwait(false);
            html = digest is null ? null : DigestHtmlRenderer.Render(digest);
        }
        if (html is null)
        {
            await WriteAsync(http, StatusCodes.Status403Forbidden, DigestCopy.PageRefused).ConfigureAwait(false);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted).ConfigureAwait(false);
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
    }

    private static Task WriteAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>AllianceBot</title></head><body style=\"font:16px system-ui,sans-serif;margin:24px\"><p>{WebUtility.HtmlEncode(message)}</p></body></html>",
            http.RequestAborted);
    }
}
