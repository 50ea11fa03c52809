using RunLift.Cli;

return RunLiftCli.Run(
    args, Console.Out, Console.Error, colour: ColourSupport.ForStandardOutput(), TimeProvider.System,
    progressBar: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb");
