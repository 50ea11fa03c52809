using System.Globalization;
using RunLift.Following;
using static RunLift.Tests.Following.Week;

namespace RunLift.Tests.Following;

/// <summary>Followed plans and the log, day by day: each day's status and compliance.</summary>
public sealed class TrainingCalendarTests
{
    private static readonly DateOnly Today = Wed.AddDays(7);

    [Fact]
    public void TwoWeeks_GiveEveryStatus()
    {
        var plan = Plan(
            Request(KeyRunsTueThuSun),
            Session("Strength A", Tue, SquatAndBench),
            Session("Strength B", Thu, DeadliftAndRow),
            Session("Strength C", Sun, SquatAndBench),
            Session("Strength A", Tue.AddDays(7), SquatAndBench),
            Session("Strength C", Sun.AddDays(7), SquatAndBench));
        LoggedWorkout[] logged = [Log(1, Tue, SquatAndBench), Log(2, Thu, ("deadlift", 3), ("barbell-row", 1)), Log(3, Sat, ("pull-up", 3))];

        var days = TrainingCalendar.Days(Follower.FollowAll([plan], logged, Today), logged, Mon, Sun.AddDays(7));

        days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:ddd d} {d.Status} {d.Compliance}")).ShouldBe([
            "Mon 2 Rest ",
            "Tue 3 Done 1",
            "Wed 4 Rest ",
            "Thu 5 Partial 0.667",
            "Fri 6 Rest ",
            "Sat 7 Unplanned ",
            "Sun 8 Missed 0", // nothing later in its week: dropped
            "Mon 9 Rest ",
            "Tue 10 Moved ", // to Thursday, 72 h before Sunday's session
            "Wed 11 Rest ",
            "Thu 12 Planned ",
            "Fri 13 Rest ",
            "Sat 14 Rest ",
            "Sun 15 Planned ",
        ]);
        days[6].Planned.Single().Dropped.ShouldBeTrue();
        days[8].MovedAway.Single().Date.ShouldBe(Thu.AddDays(7));
        days[10].Planned.Single().Planned.Date.ShouldBe(Tue.AddDays(7));
        days[5].Logged.Single().SessionId.ShouldBe(3);
    }

    [Fact]
    public void ASessionDoneADayLate_ShowsHowItWentOnBothDays()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench));
        LoggedWorkout[] logged = [Log(1, Wed, ("back-squat", 3), ("bench-press", 1))];

        var days = TrainingCalendar.Days(Follower.FollowAll([plan], logged, Today), logged, Tue, Wed);

        days.Select(d => (d.Status, d.Compliance, d.Logged.Count)).ShouldBe([(DayStatus.Partial, 0.667, 0), (DayStatus.Partial, (double?)0.667, 1)]);
    }

    [Fact]
    public void TheDaysAskedFor_AreAllThere_EvenWithoutAPlan()
    {
        var days = TrainingCalendar.Days([], [], Mon, Sun);

        days.Count.ShouldBe(7);
        days.ShouldAllBe(d => d.Status == DayStatus.Rest && d.Compliance == null);
    }
}
