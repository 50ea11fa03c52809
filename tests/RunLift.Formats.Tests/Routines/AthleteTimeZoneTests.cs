using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Formats.Calendar;
using RunLift.Formats.Plans;
using RunLift.Formats.Tests.Plans;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Tests.Routines;

/// <summary><c>athlete.timezone</c>: read from routines and plan requests, echoed by the plan writers, and the zone of the ICS export's times.</summary>
public sealed class AthleteTimeZoneTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("timezone: Pacific/Auckland", "Pacific/Auckland")]
    [InlineData("time-zone: America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("timezone: utc", "UTC")]
    public void Routine_ReadsTheAthletesZone(string line, string zone)
    {
        var document = Read.Text($"athlete:\n  experience: novice\n  {line}\nsessions: []\n");

        document.Athlete!.TimeZone!.Id.ShouldBe(zone);
    }

    [Fact]
    public void Routine_WithoutAZone_HasNone() =>
        Read.Text("athlete:\n  experience: novice\nsessions: []\n").Athlete!.TimeZone.ShouldBeNull();

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    [InlineData("+13:00")]
    public void Routine_UnknownZone_IsAnErrorAtTheValue(string zone)
    {
        var e = Read.Error($"athlete:\n  experience: novice\n  timezone: {zone}\n");

        (e.Line, e.Column).ShouldBe((3, 13));
        e.Message.ShouldStartWith($"routine.yaml:3:13: unknown time zone '{zone}': use an IANA name such as Pacific/Auckland");
    }

    [Theory]
    // Sunday 6 December 23:30 in Los Angeles is Monday 7 December in UTC: the athlete's next Monday is the 7th.
    [InlineData("America/Los_Angeles", "2026-12-07T07:30:00Z", "2026-12-07")]
    // Monday 7 December 00:30 in Auckland is still Sunday in UTC: the athlete's next Monday is the 14th.
    [InlineData("Pacific/Auckland", "2026-12-06T11:30:00Z", "2026-12-14")]
    // Auckland's clocks go back on Sunday 5 April: its last minute is 11:59 UTC, at +12.
    [InlineData("Pacific/Auckland", "2026-04-05T11:59:00Z", "2026-04-06")]
    [InlineData("Pacific/Auckland", "2026-04-05T12:00:00Z", "2026-04-13")]
    // Los Angeles's go forward on Sunday 8 March: its last minute is 06:59 UTC on the 9th, at −7.
    [InlineData("America/Los_Angeles", "2026-03-09T06:59:00Z", "2026-03-09")]
    [InlineData("America/Los_Angeles", "2026-03-09T07:00:00Z", "2026-03-16")]
    public void PlanRequest_StartsOnTheAthletesNextMonday(string zone, string now, string start)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now));
        var written = $"athlete:\n  timezone: {zone}\nrunning:\n  sun: long 2h\n";

        PlanRequestReader.Parse("request.yaml", written, time, TimeZoneInfo.Utc).Start.ShouldBe(DateOnly.Parse(start));

        // A request that names no zone is read in the zone given (the command line's --tz, the machine's).
        var unzoned = PlanRequestReader.Parse("request.yaml", "running:\n  sun: long 2h\n", time, TimeZoneInfo.FindSystemTimeZoneById(zone));
        unzoned.Start.ShouldBe(DateOnly.Parse(start));
        unzoned.Athlete.TimeZone.ShouldBeNull();
    }

    [Fact]
    public void PlanRequest_TheFilesZoneWinsOverTheOneGiven()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 11, 30, 0, TimeSpan.Zero));

        var request = PlanRequestReader.Parse("request.yaml", "athlete:\n  timezone: Pacific/Auckland\n", time, LosAngeles);

        request.Start.ShouldBe(new DateOnly(2026, 12, 14));
        request.Athlete.TimeZone.ShouldBe(Auckland);
    }

    [Fact]
    public void PlanWriters_EchoTheZone_AndTheRequestReadsBackWithIt()
    {
        var plan = InAuckland(SamplePlans.TwoWeeks());

        PlanYamlWriter.ToYaml(plan).ShouldContain("  timezone: Pacific/Auckland");
        using var json = JsonDocument.Parse(PlanJsonWriter.ToJson(plan));
        json.RootElement.GetProperty("athlete").GetProperty("timezone").GetString().ShouldBe("Pacific/Auckland");
        var yaml = PlanRequestYamlWriter.ToYaml(plan.Request);
        PlanRequestReader.Parse("request.yaml", yaml, DateOnly.MinValue).Athlete.TimeZone.ShouldBe(Auckland);

        PlanYamlWriter.ToYaml(SamplePlans.TwoWeeks()).ShouldNotContain("timezone");
    }

    [Fact]
    public void Ics_NamesTheAthletesZone_SoEveryStartIsTheRightInstant()
    {
        var plan = InAuckland(SamplePlans.TwoWeeks());

        var ics = PlanCalendarWriter.ToIcs(plan, Stamp);

        ics.ShouldContain("BEGIN:VTIMEZONE\r\nTZID:Pacific/Auckland\r\n");
        ics.ShouldContain("DTSTART;TZID=Pacific/Auckland:20261208T180000\r\n");
        ics.ShouldContain("DTSTAMP:20261201T090000Z\r\n");
        var events = Ical.Net.Calendar.Load(ics)!.Events.OrderBy(e => e.Start!.Value).ToList();
        events.Count.ShouldBe(plan.Sessions.Count);
        foreach (var (calendarEvent, session) in events.Zip(plan.Sessions.OrderBy(s => s.Date)))
        {
            calendarEvent.Start!.TzId.ShouldBe("Pacific/Auckland");
            calendarEvent.Start.AsUtc.ShouldBe(AthleteClock.Instant(session.Date, session.Time.Time, Auckland).UtcDateTime);
        }
    }

    [Theory]
    // 18:00 on the Sundays the clocks change, and the days either side: summer time before, standard after, and back.
    [InlineData("Pacific/Auckland", "2026-04-04", "2026-04-04T05:00:00Z")]
    [InlineData("Pacific/Auckland", "2026-04-05", "2026-04-05T06:00:00Z")]
    [InlineData("Pacific/Auckland", "2026-09-26", "2026-09-26T06:00:00Z")]
    [InlineData("Pacific/Auckland", "2026-09-27", "2026-09-27T05:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-03-07", "2026-03-08T02:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-03-08", "2026-03-09T01:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-10-31", "2026-11-01T01:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-11-01", "2026-11-02T02:00:00Z")]
    public void Ics_AroundDaylightSavingChanges_StartsAtTheAthletes1800(string zone, string date, string utc)
    {
        var plan = SamplePlans.TwoWeeks();
        var day = DateOnly.Parse(date);
        plan = plan with
        {
            Request = plan.Request with { Start = IsoWeek.MondayOf(day), Races = [] },
            Sessions = [plan.Sessions[0] with { Date = day, Time = TimeOfDay.At(new TimeOnly(18, 0)) }],
        };

        var ics = PlanCalendarWriter.ToIcs(plan, Stamp, TimeZoneInfo.FindSystemTimeZoneById(zone));

        ics.ShouldContain($"DTSTART;TZID={zone}:{day:yyyyMMdd}T180000\r\n");
        Ical.Net.Calendar.Load(ics)!.Events.Single().Start!.AsUtc.ShouldBe(DateTimeOffset.Parse(utc).UtcDateTime);
    }

    [Fact]
    public void Ics_ForAnAthleteOnUtc_WritesUtcTimes()
    {
        var plan = SamplePlans.TwoWeeks();

        var ics = PlanCalendarWriter.ToIcs(plan, Stamp, TimeZoneInfo.Utc);

        ics.ShouldContain("DTSTART:20261208T180000Z\r\n");
        ics.ShouldNotContain("VTIMEZONE");
    }

    [Fact]
    public void Ics_WithoutAZone_StaysFloating()
    {
        var ics = PlanCalendarWriter.ToIcs(SamplePlans.TwoWeeks(), Stamp);

        ics.ShouldContain("DTSTART:20261208T180000\r\n");
        ics.ShouldNotContain("TZID");
    }

    private static TrainingPlan InAuckland(TrainingPlan plan) =>
        plan with { Request = plan.Request with { Athlete = plan.Request.Athlete with { TimeZone = Auckland } } };
}
