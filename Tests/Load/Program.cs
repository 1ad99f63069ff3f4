using AllianceBot.Load;

// The baseline server is this same program started again as a child process.
if (args is ["baseline-server", ..])
{
    return await BaselineServer.RunAsync(args[1..]);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
return await LoadBenchmark.RunAsync(options);
