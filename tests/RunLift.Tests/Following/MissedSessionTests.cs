using RunLift.Following;
using RunLift.Training;
using static RunLift.Tests.Following.Week;

namespace RunLift.Tests.Following;

/// <summary>
/// A missed session moves to the first later day of its week that keeps 48 h from every other session (and, heavy, 24 h
/// before a key run), or is dropped. With intervals on Tuesday, tempo on Thursday and the long run on Sunday (all in
/// the morning), an evening session may load the legs heavily on Tuesday, Thursday, Friday and Sunday; Monday, Wednesday
/// and Saturday evenings are 13 h before a key run.
/// </summary>
public sealed class MissedSessionTests
{
    private static readonly RunLift.Planning.PlanRequest TueThuSun = Request(KeyRunsTueThuSun);

    [Fact]
    public void AMissedHeavySession_MovesToTheFirstLaterDayThatKeepsTheRules()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Sun, DeadliftAndRow));

        var followed = Follower.Follow(plan, [], today: Wed);

        // Wednesday is 13 h before Thursday's tempo: not for heavy legs. Thursday is 72 h before Sunday's session.
        var moved = followed.Sessions[0];
        (moved.Planned.Date, moved.Date, moved.Moved, moved.Outcome, moved.Dropped).ShouldBe((Tue, Thu, true, SessionOutcome.Planned, false));
        followed.Next.ShouldBe(moved);
    }

    [Fact]
    public void AMovedSession_DoneOnItsNewDay_IsDoneThere()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Sun, DeadliftAndRow));

        var moved = Follower.Follow(plan, [Log(7, Thu, SquatAndBench)], today: Sat).Sessions[0];

        (moved.Date, moved.Outcome, moved.Logged?.SessionId).ShouldBe((Thu, SessionOutcome.Done, 7L));
    }

    [Fact]
    public void AMovedSession_NotDoneOnItsNewDayEither_IsMissedThere()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Sun, DeadliftAndRow));

        var moved = Follower.Follow(plan, [], today: Sat).Sessions[0];

        (moved.Date, moved.Outcome, moved.Dropped).ShouldBe((Thu, SessionOutcome.Missed, false));
    }

    [Fact]
    public void ALightSession_MovesToTheNextDay_WhenThatKeeps48Hours()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Mon, SquatAndBench), Session("Strength B", Thu, DeadliftAndRow));

        var moved = Follower.Follow(plan, [], today: Tue).Sessions[0];

        (moved.Date, moved.Outcome).ShouldBe((Tue, SessionOutcome.Planned));
    }

    [Fact]
    public void ASessionLoggedOutsideThePlan_KeepsTheNewDay48HoursClearToo()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Sun, DeadliftAndRow));

        // Pull-ups on Wednesday match nothing planned, but they were a session: Thursday is 24 h after them.
        var moved = Follower.Follow(plan, [Log(7, Wed, ("pull-up", 4))], today: Thu).Sessions[0];

        (moved.Date, moved.Outcome).ShouldBe((Fri, SessionOutcome.Planned));
    }

    [Fact]
    public void AMissedSession_IsDropped_WhenNoLaterDayOfItsWeekKeeps48HoursFromTheOthers()
    {
        var plan = Plan(TueThuSun, Session("Strength A", Thu, SquatAndBench), Session("Strength B", Sat, DeadliftAndRow));

        var followed = Follower.Follow(plan, [], today: Fri);

        // Friday and Sunday are 24 h from Saturday's session; Saturday is taken.
        var dropped = followed.Sessions[0];
        (dropped.Date, dropped.Moved, dropped.Dropped, dropped.Outcome).ShouldBe((Thu, false, true, SessionOutcome.Missed));
        followed.Weeks[0].Missed.ShouldBe(1);
        followed.Next!.Planned.Name.ShouldBe("Strength B", "the next session proceeds as written");
    }

    [Fact]
    public void AMissedHeavySession_IsDropped_WhenTheOnlyDayClearOfTheOthersIsTheDayBeforeAKeyRun()
    {
        // Tempo on Monday, intervals on Wednesday, the long run on Saturday: Wednesday's session is heavy, and Sunday
        // evening, the one day 48 h clear of Friday's, is 13 h before Monday's tempo.
        var request = Request(Morning(RunKind.Tempo, DayOfWeek.Monday, 50), Morning(RunKind.Intervals, DayOfWeek.Wednesday, 60), Morning(RunKind.Long, DayOfWeek.Saturday, 120));
        var plan = Plan(request, Session("Strength A", Mon, SquatAndBench), Session("Strength B", Wed, DeadliftAndRow), Session("Strength C", Fri, ("goblet-squat", 3)));

        var followed = Follower.Follow(plan, [Log(7, Mon, SquatAndBench)], today: Thu);

        followed.Sessions.Single(s => s.Planned.Name == "Strength B").Dropped.ShouldBeTrue();
    }

    [Fact]
    public void WithoutTheKeyRunAfterIt_TheSameSessionMovesToSunday()
    {
        var request = Request(Morning(RunKind.Easy, DayOfWeek.Monday, 45), Morning(RunKind.Intervals, DayOfWeek.Wednesday, 60), Morning(RunKind.Long, DayOfWeek.Saturday, 120));
        var plan = Plan(request, Session("Strength A", Mon, SquatAndBench), Session("Strength B", Wed, DeadliftAndRow), Session("Strength C", Fri, ("goblet-squat", 3)));

        var followed = Follower.Follow(plan, [Log(7, Mon, SquatAndBench)], today: Thu);

        var moved = followed.Sessions.Single(s => s.Planned.Name == "Strength B");
        (moved.Date, moved.Dropped).ShouldBe((Sun, false));
    }

    [Fact]
    public void WithoutItsRequest_AMissedSessionCannotBePlaced_AndIsDropped()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Sun, DeadliftAndRow));

        Follower.Follow(plan, [], today: Wed).Sessions[0].Dropped.ShouldBeTrue();
    }
}
