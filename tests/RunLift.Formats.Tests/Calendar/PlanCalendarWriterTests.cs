using System.Text;
using RunLift.Formats.Calendar;
using RunLift.Formats.Tests.Plans;

namespace RunLift.Formats.Tests.Calendar;

public sealed class PlanCalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ics_ParsesBackWithOneEventPerSession()
    {
        var plan = SamplePlans.TwoWeeks();

        var calendar = Ical.Net.Calendar.Load(PlanCalendarWriter.ToIcs(plan, Stamp))!;

        calendar.Events.Count.ShouldBe(plan.Sessions.Count);
        var first = calendar.Events.OrderBy(e => e.Start!.Value).First();
        first.Summary.ShouldBe("Strength A (strength phase)");
        first.Start!.IsFloating.ShouldBeTrue();
        first.Start.Value.ShouldBe(new DateTime(2026, 12, 8, 18, 0, 0));
        first.Duration!.Value.ToTimeSpanUnspecified().ShouldBe(TimeSpan.FromMinutes(52));
        first.Description!.Split('\n').ShouldBe(
        [
            "Box Jump 3x5 rest 90s",
            "Back Squat 1x5 @ 90 kg rest 3min, 3x5 @ 102.5 kg rest 3min",
            "Romanian Deadlift 3x6 @ 80 kg rest 150s",
            "Step-Up 3x6/side @ RPE 7 rest 90s",
            "Pull-Up 3x5 @ bw+10 kg rest 2min",
            "Calf Raise 3x8-10 @ 60 kg rest 1min",
            "Plank 2x45s rest 1min",
            "Pallof Press 2x10/side @ RIR 3 rest 1min",
        ]);
    }

    [Fact]
    public void UserText_IsEscapedAndFolded_SoItCannotAddLinesOrEvents()
    {
        var plan = SamplePlans.TwoWeeks();
        const string Hostile = "Legs, then core; \\ \r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Free money";
        var note = "Race week: " + new string('x', 200) + ", " + Hostile;
        plan = plan with { Sessions = [plan.Sessions[0] with { Name = Hostile, Note = note }, .. plan.Sessions.Skip(1)] };

        var ics = PlanCalendarWriter.ToIcs(plan, Stamp);

        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
        lines.Count(line => line == "BEGIN:VEVENT").ShouldBe(plan.Sessions.Count);
        lines.ShouldNotContain(line => line.StartsWith("SUMMARY:Free money", StringComparison.Ordinal));
        var first = Ical.Net.Calendar.Load(ics)!.Events.Single(e => e.Uid!.Contains("legs-then-core", StringComparison.Ordinal));
        first.Summary.ShouldBe(Hostile.Replace('\r', ' ').Replace('\n', ' ') + " (strength phase)");
        first.Description!.ShouldStartWith(note.Replace('\r', ' ').Replace('\n', ' ') + "\n");
    }

    [Fact]
    public void Uids_AreStableAcrossWritesAndUniqueWithinOne()
    {
        var plan = SamplePlans.TwoWeeks();

        var first = Ical.Net.Calendar.Load(PlanCalendarWriter.ToIcs(plan, Stamp))!.Events.Select(e => e.Uid).ToList();
        var second = Ical.Net.Calendar.Load(PlanCalendarWriter.ToIcs(plan, Stamp.AddDays(3)))!.Events.Select(e => e.Uid).ToList();

        first.ShouldBe(second);
        first.ShouldBeUnique();
        first[0].ShouldBe("runlift-20261207-20261208-strength-a@runlift");
    }

    [Fact]
    public void Uids_OfTwoSessionsWithOneNameOnOneDay_Differ()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Sessions = [.. plan.Sessions.Select(s => s with { Date = plan.Sessions[0].Date, Name = "Strength A" })] };

        var uids = Ical.Net.Calendar.Load(PlanCalendarWriter.ToIcs(plan, Stamp))!.Events.Select(e => e.Uid).ToList();

        uids.ShouldBeUnique();
    }

    [Fact]
    public void Ics_FollowsRfc5545Basics()
    {
        var ics = PlanCalendarWriter.ToIcs(SamplePlans.TwoWeeks(), Stamp);

        ics.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.ShouldEndWith("END:VCALENDAR\r\n");
        ics.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n');
        ics.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\r');
        var lines = ics.Split("\r\n")[..^1];
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain("PRODID:" + PlanCalendarWriter.ProductId);
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(3);
        lines.Count(l => l.StartsWith("DTSTAMP:20261201T090000Z", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void Ics_FoldsMultibyteTextWithinSeventyFiveOctets()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Sessions = [.. plan.Sessions.Select(s => s with { Name = string.Concat(Enumerable.Repeat("Kraftträning ÅÄÖ – ", 8)) })] };

        var ics = PlanCalendarWriter.ToIcs(plan, Stamp);

        ics.Split("\r\n").ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        Ical.Net.Calendar.Load(ics)!.Events.First().Summary.ShouldNotBeNull().ShouldStartWith("Kraftträning ÅÄÖ – Kraftträning");
    }

    [Fact]
    public void Entries_TimedInTheZone_AllDayWithoutATime_UnderTheFeedsName()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        CalendarEntry[] entries =
        [
            new() { Key = "plan-7-20261208-run-intervals", Date = new DateOnly(2026, 12, 8), Time = new TimeOnly(6, 30), Duration = TimeSpan.FromMinutes(70), Summary = "Intervals 1h10min", Category = PlanCalendarWriter.RunningCategory },
            new() { Key = "plan-7-20261208-strength-a", Date = new DateOnly(2026, 12, 8), Time = new TimeOnly(18, 0), Duration = TimeSpan.FromMinutes(52), Summary = "Strength A", Lines = ["Back Squat 3x5 @ 100 kg", "Plank 2x45s"], Category = PlanCalendarWriter.StrengthCategory },
            new() { Key = "plan-7-20270418-run-race", Date = new DateOnly(2027, 4, 18), Summary = "Race: Spring Marathon", Category = PlanCalendarWriter.RunningCategory },
        ];

        var ics = PlanCalendarWriter.ToIcs(entries, Stamp, auckland, new CalendarFeedHeader("RunLift training", TimeSpan.FromHours(1)));

        var lines = ics.Split("\r\n");
        lines.ShouldContain("NAME:RunLift training");
        lines.ShouldContain("X-WR-CALNAME:RunLift training");
        lines.ShouldContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        lines.ShouldContain("X-PUBLISHED-TTL:PT1H");
        ics.ShouldContain("BEGIN:VTIMEZONE\r\nTZID:Pacific/Auckland\r\n");
        lines.ShouldContain("DTSTART;TZID=Pacific/Auckland:20261208T063000");
        lines.ShouldContain("DTSTART;TZID=Pacific/Auckland:20261208T180000");
        lines.ShouldContain("DTSTART;VALUE=DATE:20270418");
        var events = Ical.Net.Calendar.Load(ics)!.Events.ToList();
        events.Select(e => e.Uid).ShouldBe(["plan-7-20261208-run-intervals@runlift", "plan-7-20261208-strength-a@runlift", "plan-7-20270418-run-race@runlift"]);
        events[1].Description.ShouldBe("Back Squat 3x5 @ 100 kg\nPlank 2x45s");
        events[1].Categories.ShouldBe([PlanCalendarWriter.StrengthCategory]);
        events[1].Duration!.Value.ToTimeSpanUnspecified().ShouldBe(TimeSpan.FromMinutes(52));
        events[2].Start!.HasTime.ShouldBeFalse();
        events[2].Start!.AsUtc.ShouldBe(events[2].Start!.Value);
        events[2].Summary.ShouldBe("Race: Spring Marathon");
    }

    [Fact]
    public void Entries_OfOneKey_GetNumberedUids_AndNoEntries_IsAnEmptyCalendar()
    {
        CalendarEntry Entry(DateOnly date) => new() { Key = "plan-1-20261208-strength-a", Date = date, Time = new TimeOnly(18, 0), Summary = "Strength A", Category = PlanCalendarWriter.StrengthCategory };

        var uids = Ical.Net.Calendar.Load(PlanCalendarWriter.ToIcs([Entry(new(2026, 12, 8)), Entry(new(2026, 12, 10))], Stamp, null))!.Events.Select(e => e.Uid);
        var empty = PlanCalendarWriter.ToIcs([], Stamp, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));

        uids.ShouldBe(["plan-1-20261208-strength-a@runlift", "plan-1-20261208-strength-a-2@runlift"]);
        Ical.Net.Calendar.Load(empty)!.Events.ShouldBeEmpty();
        empty.ShouldContain("TZID:Pacific/Auckland");
    }

    [Theory]
    [InlineData("Strength A", "strength-a")]
    [InlineData("  Legs, then core; \\ ", "legs-then-core")]
    [InlineData("Strength A (deload)", "strength-a-deload")]
    [InlineData("Kraftträning", "krafttr-ning")]
    [InlineData("---", "")]
    public void Slug_IsLowerCaseLettersAndDigitsJoinedByHyphens(string name, string slug) => PlanCalendarWriter.Slug(name).ShouldBe(slug);
}
