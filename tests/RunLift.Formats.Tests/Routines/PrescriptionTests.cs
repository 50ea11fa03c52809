using RunLift.Training;

namespace RunLift.Formats.Tests.Routines;

/// <summary>formats.md §1's table of short forms: every form, each a row here.</summary>
public sealed class PrescriptionTests
{
    private static ExerciseEntry Exercise(string line, string units = "kg")
    {
        var doc = Read.Text($"""
            units: {units}
            sessions:
              - day: mon
                exercises:
                  - {line}
            """);
        return doc.Sessions[0].Exercises[0];
    }

    private static TrainingSet Only(string line, string units = "kg")
    {
        var sets = Exercise(line, units).Sets;
        sets.Distinct().ShouldHaveSingleItem();
        return sets[0];
    }

    [Theory]
    [InlineData("Back Squat 1x5 @ 40kg rest 1min warm-up, 3x5 @ 100kg")]
    [InlineData("Back Squat 1x5 @ 40kg rest 1min warmup, 3x5 @ 100kg")]
    [InlineData("Back Squat 1x5 @ 40kg WARM-UP rest 1min, 3x5 @ 100kg")]
    public void WarmUp_IsMarked_AndOnlyThatSet(string line)
    {
        var sets = Exercise(line).Sets;

        sets[0].ShouldBe(new TrainingSet { Kind = SetKind.Warmup, Reps = 5, Load = Load.FromKilograms(40), Rest = TimeSpan.FromMinutes(1) });
        sets.Skip(1).ShouldAllBe(set => set.IsWorking);
    }

    [Fact]
    public void WarmUp_MisspeltIsAnErrorThatNamesTheWords()
    {
        var error = Read.Error("sessions:\n  - day: mon\n    exercises:\n      - Back Squat 1x5 @ 40kg warm up\n");

        error.Message.ShouldContain("expected '@ LOAD', 'rest DURATION', 'to failure', 'each', 'warm-up' or ', '");
    }

    [Fact]
    public void SetsByReps() => Exercise("Back Squat 4x5").Sets.ShouldBe(Enumerable.Repeat(new TrainingSet { Reps = 5 }, 4));

    [Fact]
    public void RepRange() => Only("Lunge 3x8-10").ShouldBe(new TrainingSet { Reps = 8, RepsMax = 10 });

    [Fact]
    public void Timed() => Only("Plank 3x30s").ShouldBe(new TrainingSet { Duration = TimeSpan.FromSeconds(30) });

    [Fact]
    public void Amrap() => Only("Push-Up 3xAMRAP").ShouldBe(new TrainingSet { Amrap = true });

    [Fact]
    public void Groups()
    {
        var entry = Exercise("Deadlift 1x5 @ 100kg, 2x3 @ 110kg");
        entry.Name.ShouldBe("Deadlift");
        entry.Sets.ShouldBe(
        [
            new TrainingSet { Reps = 5, Load = Load.FromKilograms(100) },
            new TrainingSet { Reps = 3, Load = Load.FromKilograms(110) },
            new TrainingSet { Reps = 3, Load = Load.FromKilograms(110) },
        ]);
    }

    [Theory]
    [InlineData("Step-Up 3x6/side")]
    [InlineData("Single-Leg RDL 3x6/leg")]
    [InlineData("One-Arm Row 3x6/arm")]
    [InlineData("Step-Up 3x6 each")]
    public void PerSide(string line) => Only(line).ShouldBe(new TrainingSet { Reps = 6, PerSide = true });

    [Fact]
    public void PercentOfOneRepMax() => Only("Back Squat 4x5 @ 80%").PercentOneRepMax.ShouldBe(80);

    [Fact]
    public void Kilograms() => Only("Back Squat 4x5 @ 100 kg").Load.ShouldBe(Load.FromKilograms(100));

    [Fact]
    public void Pounds() => Only("Back Squat 4x5 @ 225 lb").Load.ShouldBe(Load.FromPounds(225));

    [Fact]
    public void BareNumber_UsesTheDocumentsUnits()
    {
        Only("Back Squat 4x5 @ 225", "lb").Load.ShouldBe(Load.FromPounds(225));
        Only("Back Squat 4x5 @ 100").Load.ShouldBe(Load.FromKilograms(100));
    }

    [Fact]
    public void Rpe8() => Only("Step-Up 3x6/side @ RPE 8").ShouldBe(new TrainingSet { Reps = 6, PerSide = true, Rpe = Rpe.Of(8) });

    [Fact]
    public void Rir2() => Only("Row 3x8 @ RIR 2").ShouldBe(new TrainingSet { Reps = 8, RepsInReserve = 2 });

    [Theory]
    [InlineData("Pull-Up 3x5 @ bw")]
    [InlineData("Pull-Up 3x5 @ bodyweight")]
    public void Bodyweight(string line) => Only(line).ShouldBe(new TrainingSet { Reps = 5, Bodyweight = true });

    [Fact]
    public void BodyweightPlus() => Only("Pull-Up 3x5 @ bw+10kg").ShouldBe(new TrainingSet { Reps = 5, Bodyweight = true, Load = Load.FromKilograms(10) });

    [Fact]
    public void BodyweightMinus_IsAssisted() =>
        Only("Pull-Up 3x5 @ bw-20kg").ShouldBe(new TrainingSet { Reps = 5, Bodyweight = true, Assisted = true, Load = Load.FromKilograms(20) });

    [Theory]
    [InlineData("rest 90s", 90)]
    [InlineData("rest 3min", 180)]
    [InlineData("rest 2:30", 150)]
    public void Rest(string rest, int seconds) => Only($"Back Squat 4x5 {rest}").Rest.ShouldBe(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("Leg Extension 3x12 to failure")]
    [InlineData("Leg Extension 3x12 @ RIR 0")]
    [InlineData("Leg Extension 3x12 @ RPE 10")]
    public void ToFailure(string line) => Only(line).ToFailure.ShouldBeTrue();

    [Theory]
    [InlineData("45s", 45)]
    [InlineData("90s", 90)]
    [InlineData("3min", 180)]
    [InlineData("2:30", 150)]
    [InlineData("2h", 7200)]
    [InlineData("1h40min", 6000)]
    [InlineData("1h 40min", 6000)]
    [InlineData("100min", 6000)]
    public void Durations(string text, int seconds)
    {
        Only($"Plank 1x{text}").Duration.ShouldBe(TimeSpan.FromSeconds(seconds));
        var doc = Read.Text($"sessions:\n  - day: mon\n    duration: {text}\n    exercises: []\n");
        doc.Sessions[0].Duration.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Metres() => Only("Sled Push 3x20m").Distance.ShouldBe(Distance.FromMeters(20));

    [Fact]
    public void Yards() => Only("Farmer Carry 2x50 yd").Distance.ShouldBe(Distance.FromYards(50));

    [Theory]
    [InlineData("Dumbbell Press on Stability Ball 3x10", "Dumbbell Press on Stability Ball")]
    [InlineData("Cable 1-Arm Face Pull 3x12", "Cable 1-Arm Face Pull")]
    [InlineData("BOSU Squat 3x10", "BOSU Squat")]
    [InlineData("Single-Leg Deadlift on Wobble Board 3x8/leg", "Single-Leg Deadlift on Wobble Board")]
    [InlineData("Squat (Barbell) 3x5", "Squat (Barbell)")]
    [InlineData("21s Curl 3x7", "21s Curl")]
    public void Names_KeepDigitsAndWords(string line, string name) => Exercise(line).Name.ShouldBe(name);

    [Fact]
    public void EverythingTogether() =>
        Only("Bulgarian Split Squat 3x8-10/leg @ 20 kg RPE 8 rest 2min to failure").ShouldBe(new TrainingSet
        {
            Reps = 8, RepsMax = 10, PerSide = true, Load = Load.FromKilograms(20), Rpe = Rpe.Of(8), Rest = TimeSpan.FromMinutes(2), ToFailure = true,
        });

    [Fact]
    public void QuotedExercise_ReadsTheSame() => Exercise("\"Back Squat 4x5 @ 80%\"").Sets.Count.ShouldBe(4);
}
