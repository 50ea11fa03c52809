using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Training;
using RunLift.Web.Features.Progress;
using static RunLift.Web.Tests.Features.Progress.SeededLog;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Progress;

/// <summary>Where the progress charts' "all" range starts: after stray early weeks and a long break, else at the first week.</summary>
public sealed class DenseStartTests
{
    private static readonly DateOnly Stray = new(2017, 6, 5);
    private static readonly DateOnly ThisWeek = new(2026, 3, 16);

    /// <summary><paramref name="count"/> Mondays in a row from <paramref name="first"/>.</summary>
    private static IEnumerable<DateOnly> Weeks(DateOnly first, int count) => Enumerable.Range(0, count).Select(i => first.AddDays(7 * i));

    /// <summary>The Monday after <paramref name="emptyWeeks"/> empty weeks after <paramref name="week"/>.</summary>
    private static DateOnly After(DateOnly week, int emptyWeeks) => week.AddDays(7 * (emptyWeeks + 1));

    [Fact]
    public void OneStrayWeek_ThenABreakOfMoreThanHalfAYear_IsLeftOut()
    {
        DateOnly[] weeks = [Stray, .. Weeks(After(Stray, DenseStart.LongBreakWeeks + 1), 9)];

        var start = DenseStart.Of(weeks, ThisWeek);

        start.ShouldBe(new DenseStart(weeks[1], 1, Stray));
    }

    [Fact]
    public void ABreakOfExactlyHalfAYear_LeavesNothingOut()
    {
        DateOnly[] weeks = [Stray, .. Weeks(After(Stray, DenseStart.LongBreakWeeks), 9)];

        DenseStart.Of(weeks, ThisWeek).ShouldBe(new DenseStart(Stray, 0, null));
    }

    [Fact]
    public void StrayWeeksOfExactlyATenth_AreLeftOut()
    {
        // 2 of 20 weeks with training: a tenth.
        DateOnly[] weeks = [Stray, Stray.AddDays(7), .. Weeks(After(Stray.AddDays(7), 40), 18)];

        DenseStart.Of(weeks, ThisWeek).ShouldBe(new DenseStart(weeks[2], 2, Stray));
    }

    [Fact]
    public void EarlyWeeksOfMoreThanATenth_AreKept()
    {
        // 2 of 19 weeks with training: a history that stopped and started again, not a stray.
        DateOnly[] weeks = [Stray, Stray.AddDays(7), .. Weeks(After(Stray.AddDays(7), 40), 17)];

        DenseStart.Of(weeks, ThisWeek).ShouldBe(new DenseStart(Stray, 0, null));
    }

    [Fact]
    public void SeveralBreaks_StartAfterTheLastThatLeavesOnlyStrays()
    {
        // 2017, a long break, two weeks in 2019, another, then 2021's 30 weeks: 3 of 33 are stray.
        var twentyNineteen = After(Stray, 100);
        var twentyTwentyOne = After(twentyNineteen.AddDays(7), 80);
        DateOnly[] weeks = [Stray, twentyNineteen, twentyNineteen.AddDays(7), .. Weeks(twentyTwentyOne, 30)];

        DenseStart.Of(weeks, ThisWeek).ShouldBe(new DenseStart(twentyTwentyOne, 3, Stray));
    }

    [Fact]
    public void NoTraining_StartsThisWeek() => DenseStart.Of([], ThisWeek).ShouldBe(new DenseStart(ThisWeek, 0, null));

    [Fact]
    public void AxisLabels_BeyondAYear_CarryTheMonthAndTheWholeYear()
    {
        var labels = AxisLabels.Of([.. Weeks(new DateOnly(2019, 1, 7), 20)], withinAYear: false);

        labels.Where(l => l.Length > 0).ShouldBe(["Feb 2019", "Mar 2019", "Apr 2019", "May 2019"]);
        labels[^1].ShouldBe("May 2019");
        AxisLabels.Of([new DateOnly(2019, 4, 1)], withinAYear: true).ShouldBe(["1 Apr"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_StartsWhereTheTrainingIsDense_AndSaysWhatItLeftOut(DatabaseProvider provider)
    {
        var now = new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(now));
        _ = await factory.RegisterAsync("ann@example.com");
        var ann = await factory.AccountIdAsync("ann@example.com");

        // One 57-second run in 2017, then twelve weeks of squats up to this week.
        await factory.SeedAsync(Run(ann, "2017-06-07", RunKind.Easy, 57));
        await factory.SeedAsync([.. Enumerable.Range(0, 12).Select(i => (object)Session(ann, ThisWeek.AddDays(-7 * i + 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Squats", 45, 7, Set("back-squat", 5, 100)))]);
        await using var scope = factory.Services.CreateAsyncScope();
        var progress = scope.ServiceProvider.GetRequiredService<ProgressOperations>();

        var dense = await progress.ReadDenseAsync(ann, Cancel);
        var whole = await progress.ReadAsync(ann, null, Cancel);

        dense.Start.ShouldBe(new DenseStart(ThisWeek.AddDays(-7 * 11), 1, Stray));
        dense.Report.From.ShouldBe(ThisWeek.AddDays(-7 * 11));
        dense.Report.Weeks.Count.ShouldBe(12);
        whole.From.ShouldBe(Stray);
    }
}
