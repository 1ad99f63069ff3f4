using System.IO.Compression;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AllianceBot.PackageTool;

/// <summary>Fills the manifest template and zips it with the icons, all three at the zip's root as Teams expects.</summary>
internal static class PackageBuilder
{
    public const string TemplateName = "manifest.template.json";
    public static readonly string[] IconNames = ["color.png", "outline.png"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keeps names such as "AllianceBot – Équipe" readable in the manifest instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string RenderManifest(PackageOptions options)
    {
        var tokens = new Dictionary<string, string>
        {
            ["APP_ID"] = options.AppId.ToString("D"),
            ["BOT_ID"] = options.BotId.ToString("D"),
            ["SHORT_NAME"] = options.ShortName,
            ["FULL_NAME"] = options.FullName,
            ["PACKAGE_VERSION"] = options.PackageVersion,
            ["DEVELOPER_NAME"] = options.DeveloperName,
            ["WEBSITE_URL"] = options.WebsiteUrl,
            ["PRIVACY_URL"] = options.PrivacyUrl,
            ["TERMS_URL"] = options.TermsUrl,
            ["BOT_DOMAIN"] = options.BotDomain,
        };

        var text = ReadResourceText(TemplateName);
        foreach (var (name, value) in tokens)
        {
            // Tokens sit inside JSON strings, so values are escaped as JSON string content.
            var escaped = JsonSerializer.Serialize(value, Indented)[1..^1];
            text = text.Replace("{{" + name + "}}", escaped, StringComparison.Ordinal);
        }

        if (text.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{TemplateName} has a placeholder that the tool does not fill.");
        }

        // Parse and re-serialise: proves the result is JSON and normalises the layout.
        var node = JsonNode.Parse(text) ?? throw new InvalidOperationException($"{TemplateName} is empty.");
        return node.ToJsonString(Indented);
    }

    public static void Write(PackageOptions options, Stream destination)
    {
        var manifest = RenderManifest(options);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        foreach (var icon in IconNames)
        {
            using var from = OpenResource(icon);
            using var to = zip.CreateEntry(icon).Open();
            from.CopyTo(to);
        }
    }

    public static void WriteFile(PackageOptions options)
    {
        var full = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var file = File.Create(full);
        Write(options, file);
    }

    private static string ReadResourceText(string name)
    {
        using var reader = new StreamReader(OpenResource(name));
        return reader.ReadToEnd();
    }

    private static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"{name} is not embedded in the tool; check the csproj.");
}
