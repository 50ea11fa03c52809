using RunLift.Time;

namespace RunLift.Tests.Time;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-12-28", "2026-12-28", "2027-01-03", 2026, 53)] // Monday of 2026's 53rd week
    [InlineData("2026-12-31", "2026-12-28", "2027-01-03", 2026, 53)] // Thursday: the week is 2026's
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03", 2026, 53)] // New Year's Day is still in 2026-W53
    [InlineData("2027-01-03", "2026-12-28", "2027-01-03", 2026, 53)] // Sunday ends it
    [InlineData("2027-01-04", "2027-01-04", "2027-01-10", 2027, 1)]
    [InlineData("2024-12-30", "2024-12-30", "2025-01-05", 2025, 1)] // a December Monday in next year's week 1
    [InlineData("2021-01-03", "2020-12-28", "2021-01-03", 2020, 53)]
    [InlineData("2026-04-05", "2026-03-30", "2026-04-05", 2026, 14)] // Auckland's clocks go back this Sunday
    public void Of_GivesTheMondayToSundayWeekAndItsIsoNumber(string date, string monday, string sunday, int year, int number)
    {
        var week = IsoWeek.Of(DateOnly.Parse(date));

        week.Monday.ShouldBe(DateOnly.Parse(monday));
        week.Sunday.ShouldBe(DateOnly.Parse(sunday));
        (week.Year, week.Number).ShouldBe((year, number));
        IsoWeek.MondayOf(DateOnly.Parse(date)).ShouldBe(week.Monday);
        IsoWeek.SundayOf(DateOnly.Parse(date)).ShouldBe(week.Sunday);
        week.Contains(DateOnly.Parse(date)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(2026, 53)]
    [InlineData(2020, 53)]
    [InlineData(2015, 53)]
    [InlineData(2025, 52)]
    [InlineData(2027, 52)]
    public void WeeksInYear_Is53WhenTheYearStartsOrEndsOnAThursday(int year, int weeks) => IsoWeek.WeeksInYear(year).ShouldBe(weeks);

    [Fact]
    public void FromNumber_FindsWeek53_AndRefusesItInA52WeekYear()
    {
        IsoWeek.FromNumber(2026, 53).Monday.ShouldBe(new DateOnly(2026, 12, 28));
        IsoWeek.FromNumber(2027, 1).Monday.ShouldBe(new DateOnly(2027, 1, 4));
        IsoWeek.FromNumber(2026, 53).ToString().ShouldBe("2026-W53");
        Should.Throw<ArgumentOutOfRangeException>(() => IsoWeek.FromNumber(2025, 53));
        Should.Throw<ArgumentOutOfRangeException>(() => IsoWeek.FromNumber(2025, 0));
    }

    [Theory]
    [InlineData("2026-12-28", "2027-01-04")] // a Monday: a week later, never today
    [InlineData("2026-12-31", "2027-01-04")]
    [InlineData("2027-01-01", "2027-01-04")]
    [InlineData("2027-01-03", "2027-01-04")] // a Sunday: tomorrow
    [InlineData("2026-12-02", "2026-12-07")]
    public void NextMonday_IsTheFirstMondayStrictlyAfter(string date, string next) =>
        IsoWeek.NextMonday(DateOnly.Parse(date)).ShouldBe(DateOnly.Parse(next));

    [Fact]
    public void Plus_Next_AndWeeksUntil_CountWholeWeeksAcrossTheYearBoundary()
    {
        var week53 = IsoWeek.FromNumber(2026, 53);

        week53.Next.ShouldBe(IsoWeek.FromNumber(2027, 1));
        week53.Previous.ShouldBe(IsoWeek.FromNumber(2026, 52));
        week53.Plus(-53).ShouldBe(IsoWeek.FromNumber(2025, 52));
        IsoWeek.FromNumber(2025, 52).WeeksUntil(week53).ShouldBe(53);
        week53.WeeksUntil(IsoWeek.FromNumber(2026, 1)).ShouldBe(-52);
        (week53 < week53.Next).ShouldBeTrue();
        week53.Days.ShouldBe([.. Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 12, 28).AddDays(i))]);
        week53.On(DayOfWeek.Friday).ShouldBe(new DateOnly(2027, 1, 1));
        week53.On(DayOfWeek.Monday).ShouldBe(week53.Monday);
    }

    [Fact]
    public void DayIndex_CountsFromMonday() =>
        Enum.GetValues<DayOfWeek>().Select(IsoWeek.DayIndex).ShouldBe([6, 0, 1, 2, 3, 4, 5]);

    [Fact]
    public void Windows_OfWholeWeeksEndingOnADay()
    {
        IsoWeek.StartOfWeeksEndingOn(new DateOnly(2027, 1, 3), 8).ShouldBe(new DateOnly(2026, 11, 9));
        IsoWeek.WeeksBefore(new DateOnly(2027, 1, 1), 2).ShouldBe(new DateOnly(2026, 12, 18));
    }

    [Fact]
    public void Default_IsTheWeekOfDateOnlyMinValue() => default(IsoWeek).ShouldBe(IsoWeek.Of(DateOnly.MinValue));
}
