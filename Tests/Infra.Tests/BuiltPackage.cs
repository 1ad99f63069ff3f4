using System.IO.Compression;
using AllianceBot.PackageTool;

namespace AllianceBot.Infra.Tests;

/// <summary>One package built with the tool's own code and unzipped to a temp folder, shared by a test class.</summary>
public sealed class BuiltPackage : IDisposable
{
    public const string AppId = "6f1c0b1e-3a5d-4f57-9c41-2d7b8e9a0c11";
    public const string Domain = "alliancebot-test.azurewebsites.net";

    public BuiltPackage()
    {
        Folder = Directory.CreateTempSubdirectory("alliancebot-pkg-").FullName;
        var (options, errors) = PackageOptions.Parse(
        [
            "--app-id", AppId, "--name", "AllianceBot", "--version", "1.2.3",
            "--privacy-url", "https://contoso.example/privacy", "--terms-url", "https://contoso.example/terms",
            "--domain", Domain, "--out", Path.Combine(Folder, "alliancebot-teams.zip"),
        ]);
        Assert.Empty(errors);
        PackageBuilder.WriteFile(options!);

        ZipPath = options!.OutputPath;
        using var zip = ZipFile.OpenRead(ZipPath);
        EntryNames = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
        ExtractedFolder = Path.Combine(Folder, "unzipped");
        zip.ExtractToDirectory(ExtractedFolder);
    }

    public string Folder { get; }
    public string ZipPath { get; }
    public string ExtractedFolder { get; }
    public IReadOnlyList<string> EntryNames { get; }
    public string ManifestPath => Path.Combine(ExtractedFolder, "manifest.json");

    public byte[] Read(string entry) => File.ReadAllBytes(Path.Combine(ExtractedFolder, entry));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
