using AllianceBot.PackageTool;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(PackageOptions.Usage);
    return 0;
}

var (options, errors) = PackageOptions.Parse(args);
if (options is null)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    Console.Error.WriteLine();
    Console.Error.WriteLine(PackageOptions.Usage);
    return 2;
}

PackageBuilder.WriteFile(options);
Console.WriteLine($"wrote {Path.GetFullPath(options.OutputPath)} (app {options.AppId}, version {options.PackageVersion}, domain {options.BotDomain})");
return 0;
