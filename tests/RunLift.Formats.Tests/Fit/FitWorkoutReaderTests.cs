using RunLift.Formats.Fit;
using RunLift.Testing;

namespace RunLift.Formats.Tests.Fit;

public sealed class FitWorkoutReaderTests
{
    [Theory]
    [InlineData("D55A5738.fit", 43, 9)]
    [InlineData("FullBody_-_Beginner_-_A_workout.fit", 71, 9)]
    public void Read_GarminWorkouts_GivesEveryStepAsTheSdkDecodesIt(string name, int steps, int titles)
    {
        var path = SharedFiles.Path("fixtures/fit/" + name);
        var sdk = GarminSdk.Decode(path);

        using var stream = File.OpenRead(path);
        var workout = FitWorkoutReader.Read(name, stream);

        workout.Steps.Count.ShouldBe(steps);
        workout.ExerciseTitles.Count.ShouldBe(titles);
        workout.Name.ShouldBe(sdk.Messages("workoutMesgs")[0].GetProperty("wktName").GetString());
        (workout.Sport, workout.SubSport).ShouldBe(((byte?)10, (byte?)20));
        var expected = sdk.Messages("workoutStepMesgs");
        for (var i = 0; i < steps; i++)
        {
            var step = workout.Steps[i];
            var want = expected[i];
            step.Index.ShouldBe(Int(want, "messageIndex") ?? i);
            ((int?)step.DurationType).ShouldBe(Int(want, "durationType"));
            ((long?)step.DurationValue).ShouldBe(Long(want, "durationValue"));
            ((long?)step.TargetValue).ShouldBe(Long(want, "targetValue"));
            ((int?)step.Intensity).ShouldBe(Int(want, "intensity"));
            ((int?)step.ExerciseCategory).ShouldBe(Int(want, "exerciseCategory"));
            ((int?)step.ExerciseName).ShouldBe(Int(want, "exerciseName"));
            (step.ExerciseWeight?.Kilograms).ShouldBe((double?)Int(want, "exerciseWeight") / 100);
            step.Notes.ShouldBe(want.TryGetProperty("notes", out var notes) ? notes.GetString() : null);
        }

        workout.ExerciseTitles.Select(t => t.Title).ShouldBe(sdk.Messages("exerciseTitleMesgs").Select(t => t.GetProperty("wktStepName").GetString()!));
    }

    [Fact]
    public void Read_Activity_IsRefused()
    {
        using var stream = File.OpenRead(SharedFiles.Path("fixtures/fit/garmin-fenix-5-run.fit"));

        var e = Should.Throw<InputException>(() => FitWorkoutReader.Read("run.fit", stream));

        e.Reason.ShouldBe("is a FIT activity, not a workout");
    }

    private static int? Int(System.Text.Json.JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetInt32() : null;

    private static long? Long(System.Text.Json.JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetInt64() : null;
}
