using RunLift.Formats.Plans;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

public sealed class PlanJsonValuesTests
{
    [Fact]
    public void Sets_ReadBackAsThePlanWroteThem()
    {
        var plan = SamplePlans.TwoWeeks();

        var read = PlanJsonReader.Read(PlanJsonWriter.ToJson(plan));

        foreach (var (stored, session) in read.Sessions.Zip(plan.Sessions))
        {
            foreach (var (exercise, planned) in stored.Exercises.Zip(session.Exercises))
            {
                exercise.Sets.Select(PlanJsonValues.Set).ShouldBe(planned.Sets);
            }
        }
    }

    [Theory]
    [InlineData(MassUnit.Kilograms, "Back Squat 1x5 @ 90 kg rest 3min, 3x5 @ 102.5 kg rest 3min")]
    [InlineData(MassUnit.Pounds, "Back Squat 1x5 @ 198.42 lb rest 3min, 3x5 @ 225.97 lb rest 3min")]
    public void Exercise_IsTheShortFormOfTheOtherPlanWriters(MassUnit units, string expected)
    {
        var read = PlanJsonReader.Read(PlanJsonWriter.ToJson(SamplePlans.TwoWeeks(units)));

        PlanJsonValues.Units(read).ShouldBe(units);
        PlanJsonValues.Exercise(read.Sessions[0].Exercises[1], PlanJsonValues.Units(read)).ShouldBe(expected);
        PlanJsonValues.Exercise(read.Sessions[0].Exercises[^1], units).ShouldBe("Pallof Press 2x10/side @ RIR 3 rest 1min");
    }

    [Fact]
    public void Runs_ReadBackWithKindDateLengthAndTime()
    {
        var plan = SamplePlans.TwoWeeks();

        var runs = PlanJsonReader.Read(PlanJsonWriter.ToJson(plan)).Runs.Select(PlanJsonValues.Run).ToList();

        runs.Select(r => (r!.Kind, r.Date, r.Duration, r.Time)).ShouldBe(plan.Runs.Select(r => (r.Kind, r.Date, r.Duration, r.Time)));
        runs.Select(r => r!.IsKey).ShouldBe([true, false, true, true]);
    }

    [Fact]
    public void ADamagedField_ReadsAsAbsent()
    {
        PlanJsonValues.Run(new PlanJsonRun { Date = new DateOnly(2026, 12, 8), Kind = "sprint" }).ShouldBeNull();
        PlanJsonValues.Run(new PlanJsonRun { Kind = "intervals" }).ShouldBeNull();
        var run = PlanJsonValues.Run(new PlanJsonRun { Date = new DateOnly(2026, 12, 8), Kind = "tempo", Duration = "an hour", Time = "25:00" })!;
        run.Kind.ShouldBe(RunKind.Tempo);
        run.Duration.ShouldBeNull();
        run.Time.ShouldBeNull();
        PlanJsonValues.Set(new PlanJsonSet { Reps = 5, Distance = "far", Load = new PlanJsonLoad { Rpe = 42 } }).ShouldBe(new TrainingSet { Reps = 5 });
    }

    [Theory]
    [InlineData("am", 7, 0, true)]
    [InlineData("pm", 18, 0, true)]
    [InlineData("06:30", 6, 30, false)]
    public void Time_ReadsTheWritersWords(string text, int hour, int minute, bool approximate)
    {
        var time = PlanJsonValues.Time(text)!.Value;

        time.Time.ShouldBe(new TimeOnly(hour, minute));
        time.IsApproximate.ShouldBe(approximate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("noon")]
    [InlineData("24:00")]
    public void Time_OfAnythingElse_IsNone(string? text) => PlanJsonValues.Time(text).ShouldBeNull();

    [Fact]
    public void Set_WithADistance_ReadsItBack() =>
        PlanJsonValues.Set(new PlanJsonSet { Distance = "20 m" }).Distance.ShouldBe(Distance.FromMeters(20));
}
