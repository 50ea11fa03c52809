using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config => config.SetApplicationName("runlift"));
return app.Run(args);
