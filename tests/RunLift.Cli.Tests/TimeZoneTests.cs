using System.Text.Json;
using RunLift.Time;

namespace RunLift.Cli.Tests;

/// <summary>
/// <c>--tz</c>: the athlete's today and calendar in their zone, whatever the machine's, around local midnight and the
/// daylight-saving changes of Auckland and Los Angeles.
/// </summary>
public sealed class TimeZoneTests : IDisposable
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    private const string Request = """
        athlete:
          experience: intermediate
        running:
          tue: intervals 60min am
          sun: long 2h
        plan:
          weeks: 4
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("runlift-tz-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string text, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Start(Cli.Result result)
    {
        result.ExitCode.ShouldBe(0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement.GetProperty("weeks")[0].GetProperty("start").GetString()!;
    }

    [Theory]
    // Monday 7 December 00:30 in Auckland, still Sunday in UTC and on the machine.
    [InlineData("2026-12-06T11:30:00Z", "Pacific/Auckland", "2026-12-14", "2026-12-07")]
    // Sunday 6 December 23:30 in Los Angeles, already Monday in UTC.
    [InlineData("2026-12-07T07:30:00Z", "America/Los_Angeles", "2026-12-07", "2026-12-14")]
    // Auckland's clocks went back at 03:00 on Sunday 5 April: its Monday starts at 12:00 UTC, at +12.
    [InlineData("2026-04-05T11:59:00Z", "Pacific/Auckland", "2026-04-06", "2026-04-06")]
    [InlineData("2026-04-05T12:00:00Z", "Pacific/Auckland", "2026-04-13", "2026-04-06")]
    // Los Angeles's clocks went forward on Sunday 8 March: its Monday starts at 07:00 UTC, at −7.
    [InlineData("2026-03-09T06:59:00Z", "America/Los_Angeles", "2026-03-09", "2026-03-16")]
    [InlineData("2026-03-09T07:00:00Z", "America/Los_Angeles", "2026-03-16", "2026-03-16")]
    public void Plan_StartsOnTheNextMondayOfTheZoneGiven(string now, string zone, string inZone, string onAUtcMachine)
    {
        var path = Write(Request, "request.yaml");

        Start(Cli.RunAt(DateTimeOffset.Parse(now), TimeZoneInfo.Utc, "plan", path, "--format", "json", "--tz", zone)).ShouldBe(inZone);
        Start(Cli.RunAt(DateTimeOffset.Parse(now), TimeZoneInfo.Utc, "plan", path, "--format", "json")).ShouldBe(onAUtcMachine);

        // Without --tz, the machine's own zone is the athlete's.
        Start(Cli.RunAt(DateTimeOffset.Parse(now), TimeZoneInfo.FindSystemTimeZoneById(zone), "plan", path, "--format", "json")).ShouldBe(inZone);
    }

    [Fact]
    public void Plan_TheRequestsOwnZone_WinsOverTheMachines()
    {
        var path = Write("athlete:\n  timezone: Pacific/Auckland\n" + Request[(Request.IndexOf('\n', StringComparison.Ordinal) + 1)..], "request.yaml");

        var result = Cli.RunAt(new DateTimeOffset(2026, 12, 6, 11, 30, 0, TimeSpan.Zero), LosAngeles, "plan", path, "--format", "json");

        Start(result).ShouldBe("2026-12-14");
        JsonDocument.Parse(result.Out).RootElement.GetProperty("athlete").GetProperty("timezone").GetString().ShouldBe("Pacific/Auckland");
    }

    [Fact]
    public void Plan_Ics_WithTz_TimesEverySessionInTheZone_AcrossTheSpringChange()
    {
        // Wednesday 25 February in Los Angeles: the plan starts on 2 March and runs past the change of 8 March.
        var path = Write(Request, "request.yaml");

        var result = Cli.RunAt(new DateTimeOffset(2026, 2, 25, 20, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc, "plan", path, "--format", "ics", "--tz", "America/Los_Angeles");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldContain("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n");
        var events = Ical.Net.Calendar.Load(result.Out)!.Events.OrderBy(e => e.Start!.Value).ToList();
        events.ShouldNotBeEmpty();
        events.Select(e => DateOnly.FromDateTime(e.Start!.Value)).ShouldContain(d => d < new DateOnly(2026, 3, 8));
        events.Select(e => DateOnly.FromDateTime(e.Start!.Value)).ShouldContain(d => d > new DateOnly(2026, 3, 8));
        foreach (var calendarEvent in events)
        {
            var start = calendarEvent.Start!;
            start.TzId.ShouldBe("America/Los_Angeles");
            start.AsUtc.ShouldBe(AthleteClock.Instant(DateOnly.FromDateTime(start.Value), TimeOnly.FromDateTime(start.Value), LosAngeles).UtcDateTime);
        }
    }

    [Fact]
    public void Plan_Ics_WithoutAZone_StaysFloating()
    {
        var result = Cli.RunAt(new DateTimeOffset(2026, 2, 25, 20, 0, 0, TimeSpan.Zero), LosAngeles, "plan", Write(Request, "request.yaml"), "--format", "ics");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldNotContain("TZID");
    }

    [Theory]
    // 00:30 on Thursday 3 December in Auckland, 11:30 on Wednesday the 2nd in UTC: a session logged for the 3rd is today's.
    [InlineData("2026-12-02T11:30:00Z", "Pacific/Auckland", "2026-12-03", false, true)]
    // 22:30 on Saturday 7 March in Los Angeles (the last evening of standard time), Sunday the 8th in UTC.
    [InlineData("2026-03-08T06:30:00Z", "America/Los_Angeles", "2026-03-08", true, false)]
    public void Audit_JudgesTodaysSessionByTheAthletesToday(string now, string zone, string date, bool futureInZone, bool futureInUtc)
    {
        var log = Write($"""
            sessions:
              - date: {date}
                exercises:
                  - Back Squat 3x5 @ 100 kg rest 3min
            """, "log.yaml");

        var inZone = Cli.RunAt(DateTimeOffset.Parse(now), TimeZoneInfo.Utc, "audit", log, "--format", "json", "--fail-on", "never", "--tz", zone);
        var inUtc = Cli.RunAt(DateTimeOffset.Parse(now), TimeZoneInfo.Utc, "audit", log, "--format", "json", "--fail-on", "never");

        IsFutureRecord(inZone).ShouldBe(futureInZone);
        IsFutureRecord(inUtc).ShouldBe(futureInUtc);
    }

    [Fact]
    public void Audit_TheLogsOwnZone_DecidesToday()
    {
        var log = Write("""
            athlete:
              timezone: Pacific/Auckland
            sessions:
              - date: 2026-12-03
                exercises:
                  - Back Squat 3x5 @ 100 kg rest 3min
            """, "log.yaml");

        IsFutureRecord(Cli.RunAt(new DateTimeOffset(2026, 12, 2, 11, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc, "audit", log, "--format", "json", "--fail-on", "never")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("audit")]
    public void UnknownZone_IsAUsageError(string command)
    {
        var path = Write(Request, "request.yaml");

        var result = Cli.Run(command, path, "--tz", "NZST");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldContain("--tz 'NZST' is not a time zone: give an IANA name such as Pacific/Auckland or America/Los_Angeles.");
    }

    [Fact]
    public void Help_NamesTz()
    {
        Cli.Run("plan", "--help").Out.ShouldContain("--tz <ZONE>");
        Cli.Run("audit", "--help").Out.ShouldContain("--tz <ZONE>");
        Cli.Run("import", "--help").Out.ShouldContain("--tz <ZONE>");
    }

    private static bool IsFutureRecord(Cli.Result result)
    {
        result.ExitCode.ShouldBe(0, result.Err);
        return result.Out.Contains("RL003", StringComparison.Ordinal);
    }
}
