using System.Text.Json;
using CsCheck;
using RunLift.Catalog;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>read(write(plan)) is the document the writer wrote, and the plans stored before the reader still read.</summary>
public sealed class PlanJsonReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    public static TheoryData<string, MassUnit> Examples() =>
    [
        .. Directory.GetFiles(RepositoryFiles.PathOf("examples"), "plan-*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(path => new[] { MassUnit.Kilograms, MassUnit.Pounds }.Select(units => (Path.GetFileName(path), units))),
    ];

    [Theory]
    [MemberData(nameof(Examples))]
    public void APlannersPlan_ReadsBackAsTheDocumentWritten(string example, MassUnit units)
    {
        var request = PlanRequestReader.Read(RepositoryFiles.PathOf(Path.Combine("examples", example)), Today) with { Units = units };
        var plan = new Planner(ExerciseCatalog.Default).Plan(request);

        ShouldReadBack(plan);
    }

    [Fact]
    public void GeneratedRequests_PlansReadBack() =>
        PlanRequestGenerator.Request.Sample(request => ShouldReadBack(new Planner(ExerciseCatalog.Default).Plan(request)), iter: 40);

    [Fact]
    public void GeneratedPlans_EverySetShape_ReadBack() => PlanWriterRoundTripTests.PlanGen.Sample(plan => ShouldReadBack(plan), iter: 200);

    [Fact]
    public void OptionalFieldsAbsent_ReadBackAbsent()
    {
        var sample = SamplePlans.TwoWeeks();
        var plan = sample with
        {
            Request = sample.Request with { Athlete = new Athlete(), Races = [new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(10), RacePriority.B)] },
            Runs = [new Run(RunKind.Easy) { Date = SamplePlans.Start }],
            Sessions = [sample.Sessions[0] with { Note = null, Exercises = [new(SamplePlans.Catalog("plank"), [new TrainingSet()])] }],
        };

        var read = ShouldReadBack(plan);

        read.Athlete.ShouldNotBeNull().Bodyweight.ShouldBeNull();
        read.Athlete.Injury.ShouldBeNull();
        read.Athlete.Maxes.ShouldBeEmpty();
        read.Races.ShouldHaveSingleItem().Name.ShouldBeNull();
        read.Runs.ShouldHaveSingleItem().ShouldBe(new PlanJsonRun { Date = SamplePlans.Start, Kind = "easy" });
        read.Sessions.ShouldHaveSingleItem().Note.ShouldBeNull();
        var set = read.Sessions[0].Exercises[0].Sets.ShouldHaveSingleItem();
        set.ShouldBe(set with { Warmup = false, Reps = null, RepsMax = null, Amrap = false, DurationSeconds = null, Distance = null, RestSeconds = null });
        set.Load.ShouldBe(new PlanJsonLoad());
    }

    [Fact]
    public void APlanStoredBeforeTheReader_Reads_AndWritesBackTheSameText()
    {
        // Written by the writer as it was before it wrote through PlanJsonDocument: the shape saved plans have.
        var stored = File.ReadAllText(RepositoryFiles.PathOf("tests/RunLift.Formats.Tests/Plans/Stored/two-weeks.json"));

        var read = PlanJsonReader.Read(stored);

        read.Name.ShouldBe("RunLift plan");
        read.Units.ShouldBe("kg");
        read.Athlete.ShouldNotBeNull().Experience.ShouldBe("intermediate");
        read.Athlete.Bodyweight.ShouldBe("62 kg");
        read.Athlete.Maxes.ShouldBe(new Dictionary<string, string> { ["Back Squat"] = "120 kg", ["Deadlift"] = "140 kg" });
        read.Runs[0].ShouldBe(new PlanJsonRun { Date = new DateOnly(2026, 12, 8), Kind = "intervals", Duration = "1h", Time = "am" });
        read.Races.ShouldHaveSingleItem().ShouldBe(new PlanJsonRace { Date = new DateOnly(2027, 4, 18), Distance = "42.195 km", Priority = "A", Name = "Spring *Marathon*" });
        read.Weeks.Select(w => (w.Start, w.Phase, w.Deload)).ShouldBe([(new DateOnly(2026, 12, 7), "strength", false), (new DateOnly(2026, 12, 14), "strength", true)]);
        read.Notes.Count.ShouldBe(2);
        var session = read.Sessions[2];
        (session.Name, session.Date, session.Time, session.Phase, session.EstimatedMinutes, session.Note)
            .ShouldBe(("Strength A", new DateOnly(2026, 12, 15), "pm", "strength", 35, "Deload: half the sets, same loads."));
        var squat = session.Exercises[1];
        (squat.Id, squat.Name, squat.Pattern).ShouldBe(("back-squat", "Back Squat", "squat"));
        squat.Sets[1].ShouldBe(new PlanJsonSet { Reps = 5, Load = new PlanJsonLoad { Kg = 102.5 }, RestSeconds = 180, ToFailure = false, PerSide = false });
        session.Exercises[4].Sets[0].Load.ShouldBe(new PlanJsonLoad { Kg = 10, Bodyweight = true });
        session.Exercises[3].Sets[0].Load.Rpe.ShouldBe(7);
        session.Exercises[5].Sets[0].RepsMax.ShouldBe(10);
        session.Exercises[6].Sets[0].DurationSeconds.ShouldBe(45);
        session.Exercises[7].Sets[0].Load.Rir.ShouldBe(3);
        (JsonSerializer.Serialize(read, DocumentJson.Context.PlanJsonDocument) + "\n").ShouldBe(stored);
    }

    [Fact]
    public void AValueLostOnTheWay_IsSeen()
    {
        var written = PlanJsonWriter.Document(SamplePlans.TwoWeeks());
        var set = written.Sessions[1].Exercises[1].Sets[0];
        var lost = written with
        {
            Sessions = [written.Sessions[0], written.Sessions[1] with { Exercises = [written.Sessions[1].Exercises[0], written.Sessions[1].Exercises[1] with { Sets = [set with { Load = set.Load with { Kg = null } }] }] }],
        };

        Should.Throw<ShouldAssertException>(() => lost.ShouldBeSameValuesAs(written));
        Should.Throw<ShouldAssertException>(() => (written with { Athlete = written.Athlete! with { Maxes = new Dictionary<string, string>() } }).ShouldBeSameValuesAs(written));
    }

    [Fact]
    public void APartOfAPlan_Reads_WhatItLacksEmpty()
    {
        var read = PlanJsonReader.Read("""{ "sessions": [{ "name": "Strength A", "date": "2026-03-17", "exercises": [{ "name": "Back Squat" }] }] }""");

        (read.Name, read.Units, read.Athlete, read.Runs.Count, read.Weeks.Count).ShouldBe((null, "", null, 0, 0));
        var session = read.Sessions.ShouldHaveSingleItem();
        (session.Name, session.Date, session.Phase, session.EstimatedMinutes, session.Note).ShouldBe(("Strength A", new DateOnly(2026, 3, 17), "", 0, null));
        session.Exercises.ShouldHaveSingleItem().Sets.ShouldBeEmpty();
        PlanJsonReader.Read("{}").Sessions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("not json")]
    [InlineData("""{ "units": null }""")]
    [InlineData("""{ "sessions": {} }""")]
    [InlineData("""{ "sessions": [{ "date": "soon" }] }""")]
    [InlineData("""{ "sessions": [{ "estimatedMinutes": "an hour" }] }""")]
    [InlineData("""{ "weeks": [{ "deload": "yes" }] }""")]
    [InlineData("""{ "sessions": [{ "exercises": [{ "sets": [{ "load": null }] }] }] }""")]
    public void NotAPlan_IsRefused(string json) => Should.Throw<JsonException>(() => PlanJsonReader.Read(json));

    private static PlanJsonDocument ShouldReadBack(TrainingPlan plan)
    {
        var read = PlanJsonReader.Read(PlanJsonWriter.ToJson(plan));

        read.ShouldBeSameValuesAs(PlanJsonWriter.Document(plan));
        return read;
    }
}
