using RunLift.Cli;

return RunLiftCli.Run(args, Console.Out, Console.Error, colour: ColourSupport.ForStandardOutput(), TimeProvider.System);
