using RunLift.Time;

namespace RunLift.Tests.Time;

public sealed class MonthsTests
{
    [Theory]
    [InlineData("2024-02-14", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02-01", "2023-02-01", "2023-02-28")]
    [InlineData("2025-12-31", "2025-12-01", "2025-12-31")]
    public void AMonth_StartsOnItsFirst_AndEndsOnItsLastDay_LeapYearsIncluded(string day, string first, string last)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Months.FirstDayOf(date).ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        Months.LastDayOf(date).ShouldBe(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }
}
