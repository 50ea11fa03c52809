using Microsoft.Extensions.Time.Testing;
using RunLift.Time;

namespace RunLift.Tests.Time;

/// <summary>
/// The athlete's today around local midnight and around the daylight-saving changes of both hemispheres: Auckland's
/// clocks go back on the first Sunday of April and forward on the last Sunday of September; Los Angeles's forward on
/// the second Sunday of March and back on the first Sunday of November.
/// </summary>
public sealed class AthleteClockTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Theory]
    // Summer (NZDT, +13): midnight is 11:00 UTC the day before, when UTC still says the 2nd.
    [InlineData("2026-12-02T10:59:59Z", "2026-12-02")]
    [InlineData("2026-12-02T11:00:00Z", "2026-12-03")]
    // Clocks go back (Sunday 5 April 03:00 NZDT → 02:00 NZST): Saturday's midnight at +13, Sunday's at +12.
    [InlineData("2026-04-04T10:59:59Z", "2026-04-04")]
    [InlineData("2026-04-04T11:00:00Z", "2026-04-05")]
    [InlineData("2026-04-05T11:59:59Z", "2026-04-05")]
    [InlineData("2026-04-05T12:00:00Z", "2026-04-06")]
    // Clocks go forward (Sunday 27 September 02:00 NZST → 03:00 NZDT): Saturday's midnight at +12, Sunday's at +13.
    [InlineData("2026-09-26T11:59:59Z", "2026-09-26")]
    [InlineData("2026-09-26T12:00:00Z", "2026-09-27")]
    [InlineData("2026-09-27T10:59:59Z", "2026-09-27")]
    [InlineData("2026-09-27T11:00:00Z", "2026-09-28")]
    // New Year in Auckland while UTC is still in 2026.
    [InlineData("2026-12-31T11:00:00Z", "2027-01-01")]
    public void Today_InAuckland(string utc, string today) =>
        AthleteClock.Today(new FakeTimeProvider(DateTimeOffset.Parse(utc)), Auckland).ShouldBe(DateOnly.Parse(today));

    [Theory]
    // Winter (PST, −8): midnight is 08:00 UTC, when UTC has been on the next day for eight hours.
    [InlineData("2026-12-03T07:59:59Z", "2026-12-02")]
    [InlineData("2026-12-03T08:00:00Z", "2026-12-03")]
    // Clocks go forward (Sunday 8 March 02:00 PST → 03:00 PDT): Saturday's midnight at −8, Sunday's at −7.
    [InlineData("2026-03-08T07:59:59Z", "2026-03-07")]
    [InlineData("2026-03-08T08:00:00Z", "2026-03-08")]
    [InlineData("2026-03-09T06:59:59Z", "2026-03-08")]
    [InlineData("2026-03-09T07:00:00Z", "2026-03-09")]
    // Clocks go back (Sunday 1 November 02:00 PDT → 01:00 PST): Saturday's midnight at −7, Sunday's at −8.
    [InlineData("2026-11-01T06:59:59Z", "2026-10-31")]
    [InlineData("2026-11-01T07:00:00Z", "2026-11-01")]
    [InlineData("2026-11-02T07:59:59Z", "2026-11-01")]
    [InlineData("2026-11-02T08:00:00Z", "2026-11-02")]
    // New Year's Eve in Los Angeles while UTC is already in 2027.
    [InlineData("2027-01-01T07:59:59Z", "2026-12-31")]
    public void Today_InLosAngeles(string utc, string today) =>
        AthleteClock.Today(new FakeTimeProvider(DateTimeOffset.Parse(utc)), LosAngeles).ShouldBe(DateOnly.Parse(today));

    [Fact]
    public void Today_IgnoresTheMachinesOwnZone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 11, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(LosAngeles);

        AthleteClock.Today(time, Auckland).ShouldBe(new DateOnly(2026, 12, 3));
        AthleteClock.Today(time, TimeZoneInfo.Utc).ShouldBe(new DateOnly(2026, 12, 2));
    }

    [Fact]
    public void ThisWeek_AcrossTheYearBoundary_IsWeek53()
    {
        var newYearInAuckland = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 11, 0, 0, TimeSpan.Zero));

        AthleteClock.ThisWeek(newYearInAuckland, Auckland).ShouldBe(IsoWeek.FromNumber(2026, 53));
        AthleteClock.ThisWeek(new FakeTimeProvider(new DateTimeOffset(2027, 1, 3, 11, 0, 0, TimeSpan.Zero)), Auckland).ShouldBe(IsoWeek.FromNumber(2027, 1));
        AthleteClock.ThisWeek(new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 7, 59, 0, TimeSpan.Zero)), LosAngeles).ShouldBe(IsoWeek.FromNumber(2026, 53));
    }

    [Theory]
    [InlineData("2026-03-08T09:59:59Z", "2026-03-08", "01:59:59")] // the last second of PST
    [InlineData("2026-03-08T10:00:00Z", "2026-03-08", "03:00:00")] // 02:00 never shows
    [InlineData("2026-11-01T08:30:00Z", "2026-11-01", "01:30:00")] // the first 01:30 (PDT)
    [InlineData("2026-11-01T09:30:00Z", "2026-11-01", "01:30:00")] // and the second (PST)
    public void WallClock_InLosAngeles(string utc, string date, string time) =>
        AthleteClock.WallClock(DateTimeOffset.Parse(utc), LosAngeles).ShouldBe((DateOnly.Parse(date), TimeOnly.Parse(time)));

    [Theory]
    [InlineData("America/Los_Angeles", "2026-12-02", "18:00", "2026-12-03T02:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-07-02", "18:00", "2026-07-03T01:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-03-08", "02:30", "2026-03-08T10:30:00Z")] // skipped: read as 03:30 PDT
    [InlineData("America/Los_Angeles", "2026-11-01", "01:30", "2026-11-01T08:30:00Z")] // twice: the first (PDT)
    [InlineData("Pacific/Auckland", "2026-12-02", "06:00", "2026-12-01T17:00:00Z")]
    [InlineData("Pacific/Auckland", "2026-04-05", "02:30", "2026-04-04T13:30:00Z")] // twice: the first (NZDT)
    [InlineData("Pacific/Auckland", "2026-04-05", "18:00", "2026-04-05T06:00:00Z")] // after the change: NZST
    [InlineData("Pacific/Auckland", "2026-09-27", "02:30", "2026-09-26T14:30:00Z")] // skipped: read as 03:30 NZDT
    [InlineData("UTC", "2026-12-02", "18:00", "2026-12-02T18:00:00Z")]
    public void Instant_OfAWallClockTime(string zone, string date, string time, string utc)
    {
        var instant = AthleteClock.Instant(DateOnly.Parse(date), TimeOnly.Parse(time), TimeZoneInfo.FindSystemTimeZoneById(zone));

        instant.ShouldBe(DateTimeOffset.Parse(utc));
        instant.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Instant_AndWallClock_RoundTripEveryQuarterHourOfTheChangeDays()
    {
        foreach (var (zone, day) in new[] { (Auckland, new DateOnly(2026, 4, 5)), (Auckland, new DateOnly(2026, 9, 27)), (LosAngeles, new DateOnly(2026, 3, 8)), (LosAngeles, new DateOnly(2026, 11, 1)) })
        {
            for (var minutes = 0; minutes < 24 * 60; minutes += 15)
            {
                var time = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes));
                var shown = AthleteClock.WallClock(AthleteClock.Instant(day, time, zone), zone);
                if (!zone.IsInvalidTime(day.ToDateTime(time)))
                {
                    shown.ShouldBe((day, time), $"{zone.Id} {day} {time}");
                }
            }
        }
    }
}
