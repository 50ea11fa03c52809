using RunLift.Following;
using static RunLift.Tests.Following.Week;

namespace RunLift.Tests.Following;

/// <summary>An athlete's plans followed together: the later one takes over from its start, and a log counts once.</summary>
public sealed class SupersedingTests
{
    private static readonly DateOnly SecondMonday = Mon.AddDays(7);

    [Fact]
    public void APlanStartingLater_TakesOverFromItsStart_EvenAfterItEnds()
    {
        var first = Plan(1, Mon, null,
            Session(1, "Old A", Tue, SquatAndBench), Session(1, "Old B", Thu, DeadliftAndRow),
            Session(1, "Old A", Tue.AddDays(7), SquatAndBench), Session(1, "Old A", Tue.AddDays(14), SquatAndBench));
        var second = new PlanToFollow(2, SecondMonday, SecondMonday.AddDays(6), null, [Session(2, "New A", Wed.AddDays(7), SquatAndBench)]);

        var followed = Follower.FollowAll([second, first], [], today: Mon);

        followed.Select(p => p.Plan.Id).ShouldBe([1L, 2L], "oldest first");
        followed[0].Sessions.Select(s => s.Date).ShouldBe([Tue, Thu]);
        followed[1].Sessions.Select(s => (s.Planned.Name, s.Date)).ShouldBe([("New A", Wed.AddDays(7))]);
    }

    [Fact]
    public void OfTwoPlansStartingTheSameDay_TheOneSavedLaterIsFollowed()
    {
        var first = Plan(1, Mon, null, Session(1, "Old A", Tue, SquatAndBench));
        var second = Plan(2, Mon, null, Session(2, "New A", Wed, SquatAndBench));

        var followed = Follower.FollowAll([first, second], [], today: Mon);

        followed.Single(p => p.Plan.Id == 1).Sessions.ShouldBeEmpty();
        followed.Single(p => p.Plan.Id == 2).Sessions.Select(s => s.Planned.Name).ShouldBe(["New A"]);
    }

    [Fact]
    public void ALoggedSession_CountsForOnePlannedSessionOnly_TheNewerPlansFirst()
    {
        var first = Plan(1, Mon, null, Session(1, "Old A", Sun, SquatAndBench));
        var second = Plan(2, SecondMonday, null, Session(2, "New A", SecondMonday, SquatAndBench));

        var followed = Follower.FollowAll([first, second], [Log(7, SecondMonday, SquatAndBench)], today: Wed.AddDays(7));

        followed[1].Sessions.Single().Logged?.SessionId.ShouldBe(7);
        followed[0].Sessions.Single().Outcome.ShouldBe(SessionOutcome.Missed, "the Monday log was the new plan's; the old Sunday went undone");
    }
}
