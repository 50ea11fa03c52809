using RunLift.Following;
using static RunLift.Tests.Following.Week;

namespace RunLift.Tests.Following;

/// <summary>Which logged session stands for which planned one: the same day, or a day either side by its exercises.</summary>
public sealed class MatchingTests
{
    [Fact]
    public void ASessionLoggedOnItsDay_MatchesIt_AndIsDone()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench));

        var followed = Follower.Follow(plan, [Log(7, Tue, SquatAndBench)], today: Fri);

        var session = followed.Sessions.ShouldHaveSingleItem();
        (session.Outcome, session.Logged?.SessionId, session.MatchedSets, session.Compliance, session.Date).ShouldBe((SessionOutcome.Done, 7L, 6, 1.0, Tue));
    }

    [Fact]
    public void OnItsDay_AnyLoggedSessionMatches_EvenOneOfOtherExercises()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench));

        var session = Follower.Follow(plan, [Log(7, Tue, DeadliftAndRow)], today: Fri).Sessions.Single();

        (session.Logged?.SessionId, session.MatchedSets, session.Outcome).ShouldBe((7L, 0, SessionOutcome.Missed));
        session.Dropped.ShouldBeFalse("it was done, if not as written: nothing to move");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void ASessionLoggedADayEarlyOrLate_MatchesByItsExercises(int days)
    {
        var plan = Plan(null, Session("Strength A", Wed, SquatAndBench));

        var session = Follower.Follow(plan, [Log(7, Wed.AddDays(days), SquatAndBench)], today: Sun).Sessions.Single();

        (session.Outcome, session.Logged?.SessionId, session.Date).ShouldBe((SessionOutcome.Done, 7L, Wed));
    }

    [Fact]
    public void ADayOff_SharingNoExercise_IsNoMatch()
    {
        var plan = Plan(null, Session("Strength A", Wed, SquatAndBench));

        var session = Follower.Follow(plan, [Log(7, Thu, ("pull-up", 3))], today: Sun).Sessions.Single();

        (session.Outcome, session.Logged).ShouldBe((SessionOutcome.Missed, null));
    }

    [Fact]
    public void TwoDaysOff_IsNoMatch()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench));

        var session = Follower.Follow(plan, [Log(7, Thu, SquatAndBench)], today: Sun).Sessions.Single();

        session.Logged.ShouldBeNull();
    }

    [Fact]
    public void ASessionLoggedOnItsOwnDay_IsNeverTakenByTheDayBeforesSessionDoneLate()
    {
        var plan = Plan(null, Session("Strength A", Mon, SquatAndBench), Session("Strength B", Tue, SquatAndBench));

        var followed = Follower.Follow(plan, [Log(7, Tue, SquatAndBench)], today: Sun);

        followed.Sessions.Select(s => (s.Planned.Name, s.Logged?.SessionId)).ShouldBe([("Strength A", null), ("Strength B", 7L)]);
    }

    [Fact]
    public void ALiftSwappedForAnotherOfTheSamePattern_CountsForThePlannedOne()
    {
        var plan = Plan(null, Session("Strength A", Tue, ("back-squat", 3), ("deadlift", 3), ("bench-press", 2)));

        // Goblet squats for back squats (squat), Romanian deadlifts for deadlifts (hinge); pull-ups are no bench press.
        var session = Follower.Follow(plan, [Log(7, Tue, ("goblet-squat", 3), ("romanian-deadlift", 3), ("pull-up", 2))], today: Fri).Sessions.Single();

        (session.MatchedSets, session.Compliance, session.Outcome).ShouldBe((6, 0.75, SessionOutcome.Partial));
    }

    [Fact]
    public void ExtraSetsOfOneLift_NeverMakeUpForAnotherSkipped()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench));

        var session = Follower.Follow(plan, [Log(7, Tue, ("back-squat", 6), (null, 3))], today: Fri).Sessions.Single();

        (session.MatchedSets, session.Outcome).ShouldBe((3, SessionOutcome.Partial));
    }

    [Theory]
    [InlineData(10, SessionOutcome.Done, 1.0)]
    [InlineData(8, SessionOutcome.Done, 0.8)]
    [InlineData(7, SessionOutcome.Partial, 0.7)]
    [InlineData(5, SessionOutcome.Partial, 0.5)]
    [InlineData(4, SessionOutcome.Missed, 0.4)]
    [InlineData(12, SessionOutcome.Done, 1.0)]
    public void TheShareOfPlannedWorkingSetsLogged_DecidesTheOutcome_At80And50Percent(int logged, SessionOutcome outcome, double compliance)
    {
        var plan = Plan(null, Session("Strength A", Tue, ("back-squat", 5), ("bench-press", 5)));
        var split = Math.Min(logged, 5);

        var session = Follower.Follow(plan, [Log(7, Tue, ("back-squat", split), ("bench-press", logged - split))], today: Fri).Sessions.Single();

        (session.Outcome, session.Compliance).ShouldBe((outcome, compliance));
    }

    [Theory]
    [InlineData(0.8, SessionOutcome.Done)]
    [InlineData(0.799, SessionOutcome.Partial)]
    [InlineData(0.5, SessionOutcome.Partial)]
    [InlineData(0.499, SessionOutcome.Missed)]
    public void Compliance_Thresholds(double share, SessionOutcome outcome) => Compliance.OutcomeOf(share).ShouldBe(outcome);

    [Fact]
    public void ASessionNotLoggedYet_TodayOrLater_IsPlanned()
    {
        var plan = Plan(null, Session("Strength A", Tue, SquatAndBench), Session("Strength B", Thu, DeadliftAndRow));

        var followed = Follower.Follow(plan, [], today: Tue);

        followed.Sessions.Select(s => (s.Outcome, s.Compliance)).ShouldBe([(SessionOutcome.Planned, null), (SessionOutcome.Planned, (double?)null)]);
        followed.Next!.Planned.Name.ShouldBe("Strength A");
    }
}
