using System.Text.Json;
using RunLift.Formats.Fit;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Formats.Tests.Fit.FitBytes;

namespace RunLift.Formats.Tests.Fit;

/// <summary>FIT activities and workouts read into the log through <see cref="TrainingFiles"/>.</summary>
public sealed class FitReaderTests
{
    private const byte Enum = 0x00;
    private const byte UInt8 = 0x02;
    private const byte UInt32 = 0x86;
    private const byte String = 0x07;

    [Fact]
    public void StrengthActivity_Gives27SetMessagesAsOneSessionOfSetsAndRests()
    {
        var path = Fixture("20748058539_ACTIVITY.fit");

        var document = TrainingFiles.Read(path);

        var session = document.Sessions.ShouldHaveSingleItem();
        document.Runs.ShouldBeEmpty();
        session.Name.ShouldBe("Strength");
        session.Date.ShouldBe(new DateOnly(2025, 10, 20));
        session.Time.ShouldBe(TimeOfDay.At(new TimeOnly(20, 44, 6)));
        session.Duration.ShouldBe(TimeSpan.FromMilliseconds(1_857_710));
        SetsOf(document).ShouldBe(ExpectedSets(path));
        SetsOf(document).Count.ShouldBe(14);
        session.Exercises[0].ShouldSatisfyAllConditions(
            e => e.Name.ShouldBe("Garmin pull up"),
            e => e.Sets.ShouldHaveSingleItem().ShouldBe(new TrainingSet { Reps = 15, Duration = TimeSpan.FromMilliseconds(75_391), Rest = TimeSpan.FromMilliseconds(34_243) }));
    }

    [Fact]
    public void MultisportActivity_GivesBothStrengthSessionsAndTheRun()
    {
        var path = Fixture("20555050352_ACTIVITY.fit");

        var document = TrainingFiles.Read(path);

        document.Sessions.Select(s => (s.Name, s.Date, s.Time)).ShouldBe([
            ("Strength", new DateOnly(2025, 10, 1), TimeOfDay.At(new TimeOnly(12, 10, 26))),
            ("Strength", new DateOnly(2025, 10, 1), TimeOfDay.At(new TimeOnly(12, 41, 37)))]);
        document.Sessions.Select(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe([4, 16]);
        SetsOf(document).ShouldBe(ExpectedSets(path));
        var run = document.Runs.ShouldHaveSingleItem();
        run.ShouldBe(new Run(RunKind.Easy)
        {
            Date = new DateOnly(2025, 10, 1),
            Time = TimeOfDay.At(new TimeOnly(12, 21, 51)),
            Duration = TimeSpan.FromMilliseconds(1_011_819),
            Distance = Distance.FromMeters(1065.49),
            AverageHeartRate = 103,
            Name = "Run",
            Laps = run.Laps,
            Basis = new RunKindBasis(RunKindSource.Default, "nothing marks it as a workout, a race or a long run"),
        });
    }

    [Theory]
    [InlineData("20748058539_ACTIVITY.fit", 27, 14)]
    [InlineData("20555050352_ACTIVITY.fit", 41, 20)]
    public void SetMessages_AreActiveAndRest(string name, int messages, int active)
    {
        var sets = FitMessages.Decode(File.ReadAllBytes(Fixture(name))).Of(FitProfile.Messages.Set).ToList();

        sets.Count.ShouldBe(messages);
        sets.Count(s => (long?)s[FitProfile.Set.SetType] == 1).ShouldBe(active);
        sets.Count(s => (long?)s[FitProfile.Set.SetType] == 0).ShouldBe(messages - active);
        sets.Select(s => s.Timestamp).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void Runs_TakeDateTimeDurationDistanceAndHeartRate()
    {
        var fenix = TrainingFiles.Read(Fixture("garmin-fenix-5-run.fit"));
        var stryd = TrainingFiles.Read(Fixture("developer-types-sample.fit"));

        fenix.Runs.ShouldHaveSingleItem().ShouldBe(new Run(RunKind.Easy)
        {
            Date = new DateOnly(2017, 6, 11),
            Time = TimeOfDay.At(new TimeOnly(7, 34, 9)),
            Duration = TimeSpan.FromMilliseconds(56_887),
            Distance = Distance.FromMeters(157.56),
            AverageHeartRate = 90,
            Name = "Run",
            Laps = fenix.Runs[0].Laps,
            Basis = new RunKindBasis(RunKindSource.Default, "nothing marks it as a workout, a race or a long run"),
        });
        var run = stryd.Runs.ShouldHaveSingleItem();
        (run.Date, run.Time, run.Duration, run.AverageHeartRate).ShouldBe(
            (new DateOnly(2017, 1, 17), TimeOfDay.At(new TimeOnly(17, 6, 47)), TimeSpan.FromSeconds(3424), (int?)null));
        fenix.Sessions.ShouldBeEmpty();
    }

    [Fact]
    public void ActivityWithoutAClockTime_IsRefused() =>
        Should.Throw<InputException>(() => TrainingFiles.Read(Fixture("compressed-speed-distance.fit")))
            .Reason.ShouldBe("has no usable date: the device's clock was not set when it was recorded (its times count from when it was switched on)");

    [Fact]
    public void Workout_IsOneUndatedSessionWithItsStepsAsSets()
    {
        var document = TrainingFiles.Read(Fixture("D55A5738.fit"));

        var session = document.Sessions.ShouldHaveSingleItem();
        document.IsDated.ShouldBeFalse();
        (session.Name, session.Date, session.Day).ShouldBe(("FullBody - Beginner - B", (DateOnly?)null, (DayOfWeek?)null));
        session.Exercises.Select(e => e.Name).ShouldBe([
            "Warm-up", "Wide-hands Push-up", "Alternating Dumbbell Row", "Incline Reverse Fly", "Dumbbell Lying Triceps Extension",
            "Hammer Curl", "Walking Lunge", "Side Plank", "Lying External Rotation"]);
        session.Exercises[1].Sets.ShouldBe(Enumerable.Repeat(new TrainingSet { Reps = 15, Rest = TimeSpan.FromSeconds(60) }, 3));
        session.Exercises[7].Sets.ShouldBe(Enumerable.Repeat(new TrainingSet { Duration = TimeSpan.FromSeconds(30), Rest = TimeSpan.FromSeconds(30) }, 4));
        session.Exercises[3].Sets[0].ShouldBe(new TrainingSet { Kind = SetKind.Warmup, Reps = 10 });
        session.Exercises[3].Sets[1].ShouldBe(new TrainingSet { Reps = 15, Load = Load.FromKilograms(2), Rest = TimeSpan.FromSeconds(60) });
    }

    [Fact]
    public void Workout_WithADatedLog_IsRefusedNamingTheWorkout()
    {
        var workout = Fixture("D55A5738.fit");

        var e = Should.Throw<InputException>(() => TrainingFiles.ReadAll([Fixture("20748058539_ACTIVITY.fit"), workout]));

        e.File.ShouldBe(workout);
        e.Reason.ShouldEndWith("is a workout without dates, but " + Fixture("20748058539_ACTIVITY.fit") + " is a dated log; audit them separately");
    }

    [Fact]
    public void BadCrc_IsAnError_UnlessTheOptionSaysReadAnyway()
    {
        var bytes = File.ReadAllBytes(Fixture("garmin-fenix-5-run.fit"));
        bytes[^1] ^= 0xFF;

        var e = Should.Throw<InputException>(() => TrainingFiles.Read("run.fit", new MemoryStream(bytes)));
        var document = TrainingFiles.Read("run.fit", new MemoryStream(bytes), new ReadOptions { Fit = new FitDecodeOptions { IgnoreCrc = true } });
        var read = FitReader.Read("run.fit", new MemoryStream(bytes), new FitDecodeOptions { IgnoreCrc = true });

        e.Reason.ShouldStartWith($"at byte {bytes.Length - 2}: the file's CRC is 0x");
        document.Runs.Count.ShouldBe(1);
        read.Warnings.ShouldHaveSingleItem().ShouldStartWith($"at byte {bytes.Length - 2}: the file's CRC is 0x");
        read.Document.Sources.ShouldBe(["run.fit"]);
    }

    [Theory]
    [InlineData(new byte[] { 2, 0, 1, 0, 1, 0, 3 }, null, RunKind.Intervals)]
    [InlineData(new byte[] { 2, 0, 4, 5, 4, 0, 1, 0 }, null, RunKind.Intervals)]
    [InlineData(new byte[] { 2, 0, 1, 0, 3 }, null, RunKind.Easy)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0 }, null, RunKind.Easy)]
    [InlineData(new byte[] { 0 }, "Parkrun race", RunKind.Race)]
    [InlineData(new byte[] { 0 }, "Marathon race pace", RunKind.RacePace)]
    [InlineData(new byte[] { 0 }, "Thursday tempo", RunKind.Tempo)]
    [InlineData(new byte[] { 0 }, "6x800m intervals", RunKind.Intervals)]
    [InlineData(new byte[] { 0 }, "Long run", RunKind.Long)]
    [InlineData(new byte[] { 0 }, "Sunday easy", RunKind.Easy)]
    public void RunKind_ComesFromTheWorkoutNameOrTheLaps(byte[] lapIntensities, string? workoutName, RunKind kind)
    {
        var document = TrainingFiles.Read("run.fit", new MemoryStream(RunFile(lapIntensities, workoutName, subSport: 0)));

        var run = document.Runs.ShouldHaveSingleItem();
        run.Kind.ShouldBe(kind);
        run.Name.ShouldBe(workoutName);
    }

    [Fact]
    public void TreadmillRun_StaysEasy() =>
        TrainingFiles.Read("run.fit", new MemoryStream(RunFile([0], null, subSport: 1))).Runs.ShouldHaveSingleItem().Kind.ShouldBe(RunKind.Easy);

    [Fact]
    public void Activity_WithoutActivityLocalTime_IsInTheGivenTimeZone()
    {
        var utc = TrainingFiles.Read("run.fit", new MemoryStream(RunFile([0], null, subSport: 0))).Runs.ShouldHaveSingleItem();
        var options = new ReadOptions { TimeZone = TimeZoneInfo.CreateCustomTimeZone("UTC-08", TimeSpan.FromHours(-8), "UTC-08", "UTC-08") };
        var pacific = TrainingFiles.Read("run.fit", new MemoryStream(RunFile([0], null, subSport: 0)), options).Runs.ShouldHaveSingleItem();

        (utc.Date, utc.Time).ShouldBe((new DateOnly(2025, 1, 2), TimeOfDay.At(new TimeOnly(3, 4, 5))));
        (pacific.Date, pacific.Time).ShouldBe((new DateOnly(2025, 1, 1), TimeOfDay.At(new TimeOnly(19, 4, 5))));
    }

    [Fact]
    public void Activity_LocalTimeInTheFile_WinsOverTheGivenTimeZone()
    {
        var options = new ReadOptions { TimeZone = TimeZoneInfo.CreateCustomTimeZone("UTC-08", TimeSpan.FromHours(-8), "UTC-08", "UTC-08") };

        var session = TrainingFiles.Read(Fixture("20748058539_ACTIVITY.fit"), options).Sessions.ShouldHaveSingleItem();

        session.Time.ShouldBe(TimeOfDay.At(new TimeOnly(20, 44, 6)));
    }

    [Fact]
    public void SessionsOfOtherSports_AreCrossTraining_NotTrainingOrUntimedAreListedAsSkipped()
    {
        var start = FitTime.FromDateTime(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        // Sessions: start, sport, sub-sport, timer time (ms), distance (cm), average heart rate.
        var activity = new FitBytes()
            .Define(0, FitProfile.Messages.FileId, (0, 1, Enum))
            .Data(0, 4)
            .Define(1, FitProfile.Messages.Session, (2, 4, UInt32), (5, 1, Enum), (6, 1, Enum), (8, 4, UInt32), (9, 4, UInt32), (16, 1, UInt8))
            .Data(1, [.. U32(start), 2, 0, .. U32(3_600_000), .. U32(3_000_000), 131])
            .Data(1, [.. U32(start + 7_200), 4, 15, .. U32(1_200_000), .. U32(0), 140])
            .Data(1, [.. U32(start + 9_000), 24, 0, .. U32(1_800_000), .. U32(0), 0xFF])
            .Data(1, [.. U32(start + 10_800), 5, 17, .. U32(0), .. U32(0), 0xFF])
            .Build();

        var document = TrainingFiles.Read("ride.fit", new MemoryStream(activity));

        (document.Sessions.Count, document.Runs.Count).ShouldBe((0, 0));
        document.CrossTraining.Select(c => (c.Sport, c.Date, c.Time, c.Duration, c.Distance, c.AverageHeartRate)).ShouldBe(
        [
            ("cycling", new DateOnly(2025, 1, 2), TimeOfDay.At(new TimeOnly(3, 4, 5)), TimeSpan.FromHours(1), (Distance?)Distance.FromMeters(30_000), (int?)131),
            ("elliptical", new DateOnly(2025, 1, 2), TimeOfDay.At(new TimeOnly(5, 4, 5)), TimeSpan.FromMinutes(20), null, 140),
        ]);
        document.Skipped.Select(s => s.ToString()).ShouldBe(
        [
            "ride.fit: session 3 on 2025-01-02 is driving, not training",
            "ride.fit: session 4 on 2025-01-02 (lap swimming) has no recorded time, so it adds nothing to the week's load",
        ]);
    }

    [Fact]
    public void NotAnActivityOrWorkout_IsRefused()
    {
        var settings = SettingsFile();

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("settings.fit", new MemoryStream(settings)));

        error.Message.ShouldBe("settings.fit: is a FIT settings file, which holds no training; RunLift reads activities and workouts");
        error.HoldsNoTraining.ShouldBeTrue();
    }

    /// <summary>A watch's settings file: a file_id of type settings (2) and nothing else.</summary>
    internal static byte[] SettingsFile() => new FitBytes().Define(0, FitProfile.Messages.FileId, (0, 1, Enum)).Data(0, 2).Build();

    /// <summary>An activity: one running session starting 2025-01-02 03:04:05 UTC, an hour long, with laps of the given intensities.</summary>
    private static byte[] RunFile(byte[] lapIntensities, string? workoutName, byte subSport)
    {
        var start = FitTime.FromDateTime(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var file = new FitBytes()
            .Define(0, FitProfile.Messages.FileId, (0, 1, Enum))
            .Data(0, 4);
        if (workoutName is not null)
        {
            var name = System.Text.Encoding.UTF8.GetBytes(workoutName + "\0");
            file.Define(1, FitProfile.Messages.Workout, (4, 1, Enum), (8, (byte)name.Length, String)).Data(1, [1, .. name]);
        }

        file.Define(2, FitProfile.Messages.Lap, (2, 4, UInt32), (23, 1, Enum));
        for (var i = 0; i < lapIntensities.Length; i++)
        {
            file.Data(2, [.. U32(start + (uint)(i * 60)), lapIntensities[i]]);
        }

        return file
            .Define(3, FitProfile.Messages.Session, (2, 4, UInt32), (5, 1, Enum), (6, 1, Enum), (7, 4, UInt32), (8, 4, UInt32), (9, 4, UInt32), (16, 1, UInt8))
            .Data(3, [.. U32(start), 1, subSport, .. U32(3_600_000), .. U32(3_500_000), .. U32(1_000_000), 150])
            .Build();
    }

    private static string Fixture(string name) => SharedFiles.Path("fixtures/fit/" + name);

    private static List<TrainingSet> SetsOf(TrainingDocument document) =>
        [.. document.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets)];

    /// <summary>
    /// The active sets as Garmin's SDK decodes them, in start-time then message-index order, each with the rest set
    /// after it; a rest set after a rest set (the one a multisport file's second strength session starts with) follows no set.
    /// </summary>
    private static List<TrainingSet> ExpectedSets(string path)
    {
        var sets = GarminSdk.Decode(path).Messages("setMesgs")
            .OrderBy(s => s.GetProperty("startTime").GetInt64()).ThenBy(s => s.GetProperty("messageIndex").GetInt32());
        var expected = new List<TrainingSet>();
        var afterActive = false;
        foreach (var set in sets)
        {
            var duration = TimeSpan.FromMilliseconds(set.GetProperty("duration").GetInt64());
            var rest = set.GetProperty("setType").GetInt32() == 0;
            if (rest && afterActive)
            {
                expected[^1] = expected[^1] with { Rest = duration };
            }

            afterActive = !rest;
            if (rest)
            {
                continue;
            }

            expected.Add(new TrainingSet
            {
                Reps = Optional(set, "repetitions") is { } reps and > 0 ? (int)reps : null,
                Load = Optional(set, "weight") is { } weight and > 0 ? Load.FromKilograms(weight / 16.0) : null,
                Duration = duration,
            });
        }

        return expected;
    }

    private static long? Optional(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
