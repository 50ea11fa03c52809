using RunLift.Following;
using static RunLift.Tests.Following.Week;

namespace RunLift.Tests.Following;

/// <summary>A week's and a plan's compliance: matched ÷ planned working sets of the sessions dated on or before today.</summary>
public sealed class PlanComplianceTests
{
    private static readonly PlanToFollow TwoAWeek = Plan(
        null,
        Session("Strength A", Tue, SquatAndBench),
        Session("Strength B", Thu, DeadliftAndRow),
        Session("Strength A", Tue.AddDays(7), SquatAndBench),
        Session("Strength B", Thu.AddDays(7), DeadliftAndRow));

    // The first week: A done in full, B half done (3 of 6 sets: partial).
    private static readonly LoggedWorkout[] FirstWeek = [Log(1, Tue, SquatAndBench), Log(2, Thu, ("deadlift", 3))];

    [Fact]
    public void FutureSessions_DoNotCount()
    {
        var followed = Follower.Follow(TwoAWeek, FirstWeek, today: Fri);

        followed.Overall.ShouldBe(0.75);
        followed.Weeks.Select(w => (w.WeekStart, w.Planned, w.Done, w.Partial, w.Missed, w.Compliance))
            .ShouldBe([(Mon, 2, 1, 1, 0, (double?)0.75), (Mon.AddDays(7), 2, 0, 0, 0, null)]);
    }

    [Fact]
    public void TodaysSession_Counts()
    {
        var followed = Follower.Follow(TwoAWeek, [.. FirstWeek, Log(3, Tue.AddDays(7), SquatAndBench)], today: Thu.AddDays(7));

        // 6 + 3 + 6 + 0 of 24: today's B, not logged yet, counts as none done.
        followed.Overall.ShouldBe(0.625);
        followed.Weeks[1].Compliance.ShouldBe(0.5);
        followed.Weeks[1].Missed.ShouldBe(0, "today's session is still planned");
    }

    [Fact]
    public void BeforeTheFirstSession_ThereIsNoCompliance()
    {
        var followed = Follower.Follow(TwoAWeek, [], today: Mon);

        followed.Overall.ShouldBeNull();
        followed.Weeks.ShouldAllBe(w => w.Compliance == null);
    }

    [Fact]
    public void AMissedSession_CountsAsNoneOfItsSetsDone()
    {
        var followed = Follower.Follow(TwoAWeek, [Log(1, Tue, SquatAndBench)], today: Fri);

        followed.Overall.ShouldBe(0.5);
        followed.Weeks[0].Missed.ShouldBe(1);
    }
}
