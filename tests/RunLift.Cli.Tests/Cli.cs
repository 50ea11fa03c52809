using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>Runs the <c>runlift</c> command in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    /// <summary>"Now" for every command run here: Wednesday 2 December 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    public static Result Run(params string[] args) => Run(new ConfigurationBuilder().Build(), args);

    /// <summary>Runs with <paramref name="configuration"/> as the environment (where import and export find the database).</summary>
    public static Result Run(IConfiguration configuration, params string[] args) => Run(configuration, CancellationToken.None, args);

    /// <summary>Runs as a person who pressed Ctrl+C when <paramref name="cancellation"/> is cancelled.</summary>
    public static Result Run(IConfiguration configuration, CancellationToken cancellation, params string[] args) =>
        Run(configuration, Now, TimeZoneInfo.Utc, args, cancellation);

    /// <summary>Runs at <paramref name="now"/> on a machine whose own time zone is <paramref name="machineZone"/>.</summary>
    public static Result RunAt(DateTimeOffset now, TimeZoneInfo machineZone, params string[] args) =>
        Run(new ConfigurationBuilder().Build(), now, machineZone, args, CancellationToken.None);

    private static Result Run(IConfiguration configuration, DateTimeOffset now, TimeZoneInfo machineZone, string[] args, CancellationToken cancellation)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new FakeTimeProvider(now);
        time.SetLocalTimeZone(machineZone);
        var code = RunLiftCli.Run(args, output, error, colour: false, time, configuration, cancellation: cancellation);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>The configuration that points import and export at <paramref name="database"/>.</summary>
    public static IConfiguration On(TestDatabase database) => new ConfigurationBuilder().AddInMemoryCollection(database.Configuration).Build();
}
