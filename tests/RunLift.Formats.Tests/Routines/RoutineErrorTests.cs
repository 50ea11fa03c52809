namespace RunLift.Formats.Tests.Routines;

/// <summary>Mistakes are reported as FILE:LINE:COLUMN with the column of the offending token.</summary>
public sealed class RoutineErrorTests
{
    private static InputException ExerciseError(string line) => Read.Error($"""
        sessions:
          - day: mon
            exercises:
              - {line}
        """);

    [Fact]
    public void MissingLoadAfterAt_PointsAtTheToken()
    {
        var e = ExerciseError("Back Squat 4x5 @ rest 3min");
        e.Line.ShouldBe(4);
        e.Column.ShouldBe(26); // "      - " is 8 columns; "rest" starts at offset 17 of the text.
        e.Message.ShouldStartWith("routine.yaml:4:26: expected a load after '@'");
    }

    [Fact]
    public void QuotedExercise_ColumnsCountTheQuote()
    {
        var e = ExerciseError("\"Back Squat 4x5 @ rest 3min\"");
        e.Column.ShouldBe(27);
    }

    [Fact]
    public void NoPrescription_PointsAtTheExercise()
    {
        var e = ExerciseError("Box Jump");
        (e.Line, e.Column).ShouldBe((4, 9));
        e.Reason.ShouldContain("no prescription");
    }

    [Fact]
    public void MinutesAsM_SuggestsMin()
    {
        var e = ExerciseError("Back Squat 4x5 rest 3m");
        e.Column.ShouldBe(30);
        e.Reason.ShouldContain("'min'");
    }

    [Theory]
    [InlineData("Back Squat 0x5", 20, "at least 1 set")]
    [InlineData("Back Squat 4x0", 22, "reps must be at least 1")]
    [InlineData("Back Squat 4x5 @ -20kg", 26, "cannot be negative")]
    [InlineData("Back Squat 4x5 @ RPE 11", 30, "RPE runs from 1 to 10")]
    [InlineData("Back Squat 4x10-8", 25, "low to high")]
    [InlineData("Back Squat 4x5 @ 80% quickly", 30, "unexpected 'quickly'")]
    [InlineData("Back Squat 4x5/foot", 24, "/side")]
    [InlineData("Back Squat 4x5 to fail", 27, "'failure'")]
    [InlineData("Back Squat 4x5, ", 24, "expected SETS x REPS")]
    [InlineData("4x5", 9, "name is missing")]
    [InlineData("Back Squat 4x5 rest 90", 31, "expected a unit")]
    public void BadPrescriptions(string line, int column, string reason)
    {
        var e = ExerciseError(line);
        e.Line.ShouldBe(4);
        e.Reason.ShouldContain(reason);
        e.Column.ShouldBe(column);
    }

    [Fact]
    public void UnknownKey_NamesItAndTheAcceptedOnes()
    {
        var e = Read.Error("""
            name: x
            sesions: []
            """);
        (e.Line, e.Column).ShouldBe((2, 1));
        e.Reason.ShouldBe("unknown key 'sesions' in the routine; expected one of: name, units, athlete, phase, running, runs, races, sessions, weeks, notes, plan");
    }

    [Fact]
    public void UnknownWeekday()
    {
        var e = Read.Error("""
            running:
              mon: easy 40min
              thr: tempo 50min
            """);
        (e.Line, e.Column).ShouldBe((3, 3));
        e.Reason.ShouldContain("unknown weekday 'thr'");
    }

    [Fact]
    public void BadDate()
    {
        var e = Read.Error("""
            sessions:
              - date: 2026-13-01
                exercises: []
            """);
        (e.Line, e.Column).ShouldBe((2, 11));
        e.Reason.ShouldContain("not a date");
    }

    [Fact]
    public void DayAndDate()
    {
        var e = Read.Error("""
            sessions:
              - day: mon
                date: 2026-12-01
            """);
        (e.Line, e.Column).ShouldBe((3, 5));
        e.Reason.ShouldContain("not both");
    }

    [Fact]
    public void NeitherDayNorDate()
    {
        var e = Read.Error("""
            sessions:
              - name: A
                exercises: []
            """);
        (e.Line, e.Column).ShouldBe((2, 5));
        e.Reason.ShouldContain("needs a day");
    }

    [Fact]
    public void LongForm_RepsZeroWithoutDuration()
    {
        var e = Read.Error("""
            sessions:
              - day: mon
                exercises:
                  - exercise: Deadlift
                    sets:
                      - { reps: 0, load: 100 kg }
            """);
        (e.Line, e.Column).ShouldBe((6, 21));
    }

    [Fact]
    public void LongForm_UnknownSetKey()
    {
        var e = Read.Error("""
            sessions:
              - day: mon
                exercises:
                  - exercise: Deadlift
                    sets:
                      - { reps: 5, weight: 100 kg }
            """);
        (e.Line, e.Column).ShouldBe((6, 24));
        e.Reason.ShouldStartWith("unknown key 'weight' in a set; expected one of: reps, load, rest");
    }

    [Fact]
    public void RunningWeek_MinutesAsM()
    {
        var e = Read.Error("running:\n  mon: easy 40m\n");
        (e.Line, e.Column).ShouldBe((2, 15));
    }

    [Fact]
    public void YamlSyntax_IsAnInputExceptionWithAPosition()
    {
        var e = Read.Error("sessions:\n  - day: mon\n   bad: [\n");
        e.Line.ShouldBeGreaterThan(0);
        e.Reason.ShouldStartWith("not valid YAML or JSON");
    }

    [Fact]
    public void DuplicateKey_IsReported()
    {
        var e = Read.Error("name: a\nname: b\n");
        e.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Empty_IsReported() => Read.Error("").Message.ShouldStartWith("routine.yaml: is empty");

    [Fact]
    public void RaceWithoutPriority()
    {
        var e = Read.Error("races:\n  - date: 2027-04-18\n    distance: 10k\n");
        (e.Line, e.Column).ShouldBe((2, 5));
        e.Reason.ShouldContain("priority");
    }

    [Theory]
    [InlineData("5k", 5000)]
    [InlineData("10k", 10000)]
    [InlineData("half", 21097.5)]
    [InlineData("marathon", 42195)]
    [InlineData("ultra", 50000)]
    [InlineData("\"42.2 km\"", 42200)]
    [InlineData("\"3 mi\"", 4828.032)]
    public void RaceDistances(string distance, double meters) =>
        Read.Text($"races:\n  - date: 2027-04-18\n    distance: {distance}\n    priority: B\n    name: Spring\n")
            .Races[0].Distance.Meters.ShouldBe(meters, 1e-6);
}
