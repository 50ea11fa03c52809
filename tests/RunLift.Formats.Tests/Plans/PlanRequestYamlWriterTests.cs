using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

public sealed class PlanRequestYamlWriterTests
{
    // A Wednesday; the written request names its start, so reading it later gives the same plan.
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static PlanRequest RoundTrip(PlanRequest request) =>
        PlanRequestReader.Parse("request.yaml", PlanRequestYamlWriter.ToYaml(request), Today.AddDays(100));

    private static void ShouldMatch(PlanRequest read, PlanRequest expected)
    {
        read.Units.ShouldBe(expected.Units);
        read.Athlete.Experience.ShouldBe(expected.Athlete.Experience);
        read.Athlete.Rehab.ShouldBe(expected.Athlete.Rehab);
        read.Athlete.TimeZone.ShouldBe(expected.Athlete.TimeZone);
        (read.Athlete.Bodyweight?.Kilograms ?? 0).ShouldBe(expected.Athlete.Bodyweight?.Kilograms ?? 0, 0.01);
        read.Athlete.Maxes.Select(m => m.Exercise).ShouldBe(expected.Athlete.Maxes.Select(m => m.Exercise));
        read.Athlete.Maxes.Zip(expected.Athlete.Maxes).ShouldAllBe(p => Math.Abs(p.First.OneRepMax.Kilograms - p.Second.OneRepMax.Kilograms) < 0.01);
        read.RunningWeek.OrderBy(r => (((int)r.Day! + 6) % 7)).ShouldBe(expected.RunningWeek.OrderBy(r => (((int)r.Day! + 6) % 7)));
        read.Races.Select(r => (r.Date, r.Priority, r.Name)).ShouldBe(expected.Races.Select(r => (r.Date, r.Priority, r.Name)));
        read.Races.Zip(expected.Races).ShouldAllBe(p => Math.Abs(p.First.Distance.Meters - p.Second.Distance.Meters) < 0.5);
        read.Start.ShouldBe(expected.Start);
        read.Weeks.ShouldBe(expected.Weeks);
        read.MaxSessionMinutes.ShouldBe(expected.MaxSessionMinutes);
        read.SessionsPerWeek.ShouldBe(expected.SessionsPerWeek);
        read.Equipment.ShouldBe(expected.Equipment, ignoreOrder: true);
    }

    [Fact]
    public void FormatsExample_ReadsBackEqual()
    {
        var request = PlanRequestReader.Parse("request.yaml", PlanRequestReaderTests.Example, Today);

        ShouldMatch(RoundTrip(request), request);
    }

    [Fact]
    public void WithoutStart_WritesTheStartItWasGiven()
    {
        var request = PlanRequestReader.Parse("request.yaml", "running:\n  sun: long 2h\n", Today);

        PlanRequestYamlWriter.ToYaml(request).ShouldContain("start: 2026-12-07");
        RoundTrip(request).Start.ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void EveryField_ReadsBackEqual()
    {
        var request = new PlanRequest
        {
            Units = MassUnit.Pounds,
            Athlete = new Athlete
            {
                Experience = Experience.Advanced,
                Bodyweight = Load.FromPounds(154.3),
                Rehab = true,
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"),
                Maxes = [new KnownMax("Back Squat", Load.FromKilograms(102.5)), new KnownMax("Romanian Deadlift: heavy #1", Load.FromPounds(225))],
            },
            RunningWeek =
            [
                new Run(RunKind.Intervals) { Day = DayOfWeek.Tuesday, Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am },
                new Run(RunKind.Easy) { Day = DayOfWeek.Tuesday, Duration = TimeSpan.FromMinutes(30), Time = TimeOfDay.At(new TimeOnly(17, 30)) },
                new Run(RunKind.RacePace) { Day = DayOfWeek.Thursday },
                new Run(RunKind.Long) { Day = DayOfWeek.Sunday, Duration = TimeSpan.FromMinutes(100), Time = TimeOfDay.Pm },
                new Run(RunKind.Recovery) { Day = DayOfWeek.Monday, Duration = TimeSpan.FromSeconds(1530) },
            ],
            Races =
            [
                new Race(new DateOnly(2027, 2, 7), Distance.FromMeters(800), RacePriority.C),
                new Race(new DateOnly(2027, 3, 14), Distance.FromKilometers(21.0975), RacePriority.B) { Name = "City Half: \"spring\"" },
                new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A) { Name = "Marathon" },
            ],
            Start = new DateOnly(2026, 12, 9),
            Weeks = 20,
            MaxSessionMinutes = 45,
            SessionsPerWeek = 2,
            Equipment = new HashSet<Equipment> { Equipment.Dumbbells, Equipment.PullUpBar, Equipment.Bands },
        };

        ShouldMatch(RoundTrip(request), request);
    }

    [Fact]
    public void BodyweightOnly_AndDefaults_ReadBackEqual()
    {
        var request = new PlanRequest { Start = new DateOnly(2026, 12, 7), Equipment = EquipmentSets.Bodyweight };

        var yaml = PlanRequestYamlWriter.ToYaml(request);

        yaml.ShouldContain("equipment: [bodyweight]");
        ShouldMatch(RoundTrip(request), request);
    }

    [Fact]
    public void EveryEquipmentName_ReadsBackAsItsEquipment()
    {
        foreach (var equipment in Enum.GetValues<Equipment>())
        {
            EquipmentSets.Names[EquipmentSets.NameOf(equipment)].ShouldBe(equipment);
        }
    }
}
