using System.Text.RegularExpressions;

namespace AllianceBot.PackageTool;

/// <summary>What goes into one Teams app package. Parse checks everything the schema or Teams would reject later.</summary>
internal sealed record PackageOptions(
    Guid AppId,
    Guid BotId,
    string ShortName,
    string FullName,
    string PackageVersion,
    string DeveloperName,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsUrl,
    string BotDomain,
    string OutputPath)
{
    public const string Usage = """
        Builds the AllianceBot Teams app package (manifest.json + icons in one zip).

        dotnet run --project infra/PackageTool -- --app-id <guid> --privacy-url <https-url> --terms-url <https-url> --domain <host> [options]

          --app-id <guid>        the bot's Microsoft App ID (the managed identity's client id; deployment output botAppId)
          --privacy-url <url>    https page with the privacy statement (required)
          --terms-url <url>      https page with the terms of use (required)
          --domain <host>        the bot's host name, e.g. alliancebot-abc123.azurewebsites.net (required)
          --bot-id <guid>        only if the bot id differs from the app id (default: --app-id)
          --name <text>          short name, at most 30 characters (default: AllianceBot)
          --full-name <text>     full name, at most 100 characters (default: --name)
          --version <x.y.z>      package version; raise it for every upload (default: 1.0.0)
          --developer <text>     publisher shown in Teams, at most 32 characters (default: --name)
          --website-url <url>    https support page (default: --privacy-url)
          --out <file.zip>       output file (default: alliancebot-teams.zip)
        """;

    // Teams requires MAJOR.MINOR.PATCH; pre-release tags are refused on upload.
    private static readonly Regex Version = new(@"^\d{1,4}\.\d{1,4}\.\d{1,4}$", RegexOptions.CultureInvariant);

    public static (PackageOptions? Options, IReadOnlyList<string> Errors) Parse(IReadOnlyList<string> args)
    {
        var errors = new List<string>();
        var values = ReadPairs(args, errors);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v : null;

        var appId = ParseGuid("--app-id", Get("--app-id"), required: true, errors);
        var botId = ParseGuid("--bot-id", Get("--bot-id"), required: false, errors) ?? appId;
        var privacy = ParseHttpsUrl("--privacy-url", Get("--privacy-url"), errors);
        var terms = ParseHttpsUrl("--terms-url", Get("--terms-url"), errors);
        var website = Get("--website-url") is { } w ? ParseHttpsUrl("--website-url", w, errors) : privacy;
        var domain = ParseDomain(Get("--domain"), errors);
        var shortName = Limit("--name", Get("--name") ?? "AllianceBot", 30, errors);
        var fullName = Limit("--full-name", Get("--full-name") ?? shortName, 100, errors);
        var developer = Limit("--developer", Get("--developer") ?? shortName, 32, errors);
        var version = Get("--version") ?? "1.0.0";
        if (!Version.IsMatch(version))
        {
            errors.Add($"--version must look like 1.0.0 (three numbers); got '{version}'.");
        }

        var output = Get("--out") ?? "alliancebot-teams.zip";
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PackageOptions(appId!.Value, botId!.Value, shortName, fullName, version, developer,
            website!, privacy!, terms!, domain!, output), errors);
    }

    private static Dictionary<string, string> ReadPairs(IReadOnlyList<string> args, List<string> errors)
    {
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "--app-id", "--bot-id", "--name", "--full-name", "--version", "--developer",
            "--website-url", "--privacy-url", "--terms-url", "--domain", "--out",
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var key = args[i];
            if (!known.Contains(key))
            {
                errors.Add($"unknown argument '{key}'.");
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{key} needs a value.");
                continue;
            }

            values[key] = args[++i];
        }

        return values;
    }

    private static Guid? ParseGuid(string name, string? value, bool required, List<string> errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add($"{name} is required: the bot's Microsoft App ID, a GUID (deployment output botAppId).");
            }

            return null;
        }

        // "D" only: Teams wants the plain 8-4-4-4-12 form, not braces or 32 bare digits.
        if (Guid.TryParseExact(value.Trim(), "D", out var id) && id != Guid.Empty)
        {
            return id;
        }

        errors.Add($"{name} must be a GUID like 00000000-0000-0000-0000-000000000000 (and not all zeros); got '{value}'.");
        return null;
    }

    private static string? ParseHttpsUrl(string name, string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} is required: an https:// page that Teams links to from the app's details.");
            return null;
        }

        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri.AbsoluteUri;
        }

        errors.Add($"{name} must be an absolute https:// URL; got '{value}'.");
        return null;
    }

    private static string? ParseDomain(string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("--domain is required: the bot's host name, e.g. alliancebot-abc123.azurewebsites.net (deployment output appHostName).");
            return null;
        }

        var host = value.Trim();
        if (Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal))
        {
            return host.ToLowerInvariant();
        }

        errors.Add($"--domain must be a host name only, without https:// or a path; got '{value}'.");
        return null;
    }

    private static string Limit(string name, string value, int max, List<string> errors)
    {
        if (value.Trim().Length == 0 || value.Length > max)
        {
            errors.Add($"{name} must be 1 to {max} characters; got {value.Length}.");
        }

        return value;
    }
}
