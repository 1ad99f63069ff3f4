namespace AllianceBot.Infra.Tests;

/// <summary>The checkout's root: the first folder above the test binaries that holds AllianceBot.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "AllianceBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AllianceBot.sln above {AppContext.BaseDirectory}.");
    }
}
