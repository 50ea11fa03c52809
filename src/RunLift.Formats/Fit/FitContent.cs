using M = RunLift.Formats.Fit.FitProfile.Messages;
using P = RunLift.Formats.Fit.FitProfile;

namespace RunLift.Formats.Fit;

/// <summary>A session message: one sport of an activity (a multisport file has several).</summary>
internal sealed record FitSession(
    int Offset, uint? StartTime, byte? Sport, byte? SubSport, uint? ElapsedMilliseconds, uint? TimerMilliseconds,
    uint? DistanceCentimeters, byte? AverageHeartRate, string? ProfileName);

/// <summary>A lap message: its start, timer time (ms), distance (cm), average heart rate and intensity.</summary>
internal sealed record FitLap(uint? StartTime, uint? TimerMilliseconds, uint? DistanceCentimeters, byte? AverageHeartRate, byte? Intensity);

/// <summary>
/// A set message: a strength set (active) or the rest after one. <see cref="Categories"/> and <see cref="Subtypes"/>
/// are the watch's candidate exercises, best guess first, pair by pair.
/// </summary>
internal sealed record FitSet(
    int Order, uint? StartTime, uint? DurationMilliseconds, ushort? Repetitions, ushort? Weight16, byte? SetType,
    ushort?[] Categories, ushort?[] Subtypes, ushort? MessageIndex);

/// <summary>A sport message: the sport profile a session was recorded with.</summary>
internal sealed record FitSport(byte? Sport, byte? SubSport, string? Name);

/// <summary>
/// Collects, while a file is decoded, the few messages RunLift reads from activities and workouts. Every other
/// message (records, device info, HRV, ...) is passed over without being looked at. What is kept is bounded: a file
/// with more of a kept message than any device writes is refused as it is decoded, before it fills memory.
/// </summary>
internal sealed class FitContent(string file) : IFitVisitor
{
    /// <summary>Sessions in one file: one per sport of a multisport activity; a triathlon with transitions has five.</summary>
    public const int MaxSessions = 1_000;

    /// <summary>Laps, sets, sports, workout steps and exercise titles in one file: a lap a kilometre of a 1,000 km race, with room to spare.</summary>
    public const int MaxEach = 20_000;

    /// <summary>Candidate exercises kept per set: watches write 3; a hostile file could write thousands.</summary>
    public const int MaxCandidates = 8;

    public byte? FileType { get; private set; }

    public int FileIdCount { get; private set; }

    public uint? ActivityTimestamp { get; private set; }

    public uint? ActivityLocalTimestamp { get; private set; }

    public string? WorkoutName { get; private set; }

    public byte? WorkoutSport { get; private set; }

    public byte? WorkoutSubSport { get; private set; }

    public List<FitSession> Sessions { get; } = [];

    public List<FitLap> Laps { get; } = [];

    public List<FitSet> Sets { get; } = [];

    public List<FitSport> Sports { get; } = [];

    public List<FitWorkoutStep> Steps { get; } = [];

    public List<FitExerciseTitle> ExerciseTitles { get; } = [];

    public void OnMessage(in FitMessage message)
    {
        if (Count(message.Number) >= (message.Number == M.Session ? MaxSessions : MaxEach))
        {
            throw new InputException(file, 0, 0, $"at byte {message.Offset}: more than {(message.Number == M.Session ? MaxSessions : MaxEach):N0} {Plural(message.Number)} in one file; no device writes that many")
            {
                Limit = new ReadLimit(Plural(message.Number) + " in one FIT file", message.Number == M.Session ? MaxSessions : MaxEach, PerFile: true),
            };
        }

        switch (message.Number)
        {
            case M.FileId:
                FileIdCount++;
                FileType ??= message.Byte(P.FileId.Type);
                break;
            case M.Activity:
                ActivityTimestamp ??= message.Timestamp;
                ActivityLocalTimestamp ??= message.UInt32(P.Activity.LocalTimestamp);
                break;
            case M.Session:
                Sessions.Add(new FitSession(
                    message.Offset,
                    message.UInt32(P.Session.StartTime),
                    message.Byte(P.Session.SportField),
                    message.Byte(P.Session.SubSport),
                    message.UInt32(P.Session.TotalElapsedTime),
                    message.UInt32(P.Session.TotalTimerTime),
                    message.UInt32(P.Session.TotalDistance),
                    message.Byte(P.Session.AverageHeartRate),
                    message.String(P.Session.SportProfileName)));
                break;
            case M.Lap:
                Laps.Add(new FitLap(
                    message.UInt32(P.Lap.StartTime),
                    message.UInt32(P.Lap.TotalTimerTime),
                    message.UInt32(P.Lap.TotalDistance),
                    message.Byte(P.Lap.AverageHeartRate),
                    message.Byte(P.Lap.Intensity)));
                break;
            case M.Set:
                Sets.Add(new FitSet(
                    Sets.Count,
                    message.UInt32(P.Set.StartTime),
                    message.UInt32(P.Set.Duration),
                    message.UInt16(P.Set.Repetitions),
                    message.UInt16(P.Set.Weight),
                    message.Byte(P.Set.SetType),
                    message.UInt16Values(P.Set.Category, MaxCandidates),
                    message.UInt16Values(P.Set.CategorySubtype, MaxCandidates),
                    message.UInt16(P.Set.MessageIndex)));
                break;
            case M.Sport:
                Sports.Add(new FitSport(message.Byte(P.Sport.SportField), message.Byte(P.Sport.SubSport), message.String(P.Sport.Name)));
                break;
            case M.Workout:
                WorkoutName ??= message.String(P.Workout.Name);
                WorkoutSport ??= message.Byte(P.Workout.SportField);
                WorkoutSubSport ??= message.Byte(P.Workout.SubSport);
                break;
            case M.WorkoutStep:
                Steps.Add(new FitWorkoutStep
                {
                    Index = message.UInt16(P.Common.MessageIndex) ?? Steps.Count,
                    Name = message.String(P.WorkoutStep.Name),
                    DurationType = (FitStepDuration?)message.Byte(P.WorkoutStep.DurationType),
                    DurationValue = message.UInt32(P.WorkoutStep.DurationValue),
                    TargetType = message.Byte(P.WorkoutStep.TargetType),
                    TargetValue = message.UInt32(P.WorkoutStep.TargetValue),
                    Intensity = (FitIntensity?)message.Byte(P.WorkoutStep.Intensity),
                    Notes = message.String(P.WorkoutStep.Notes),
                    ExerciseCategory = message.UInt16(P.WorkoutStep.ExerciseCategory),
                    ExerciseName = message.UInt16(P.WorkoutStep.ExerciseName),
                    ExerciseWeight = message.UInt16(P.WorkoutStep.ExerciseWeight) is { } weight ? Training.Load.FromKilograms(weight / 100.0) : null,
                    WeightDisplayUnit = message.UInt16(P.WorkoutStep.WeightDisplayUnit),
                });
                break;
            case M.ExerciseTitle:
                if (message.UInt16(P.ExerciseTitle.Category) is { } category && message.String(P.ExerciseTitle.Title) is { } title)
                {
                    ExerciseTitles.Add(new FitExerciseTitle(category, message.UInt16(P.ExerciseTitle.Name), title));
                }

                break;
        }
    }

    /// <summary>How many of the kept message <paramref name="number"/> there are so far (0 for messages not kept).</summary>
    private int Count(ushort number) => number switch
    {
        M.Session => Sessions.Count,
        M.Lap => Laps.Count,
        M.Set => Sets.Count,
        M.Sport => Sports.Count,
        M.WorkoutStep => Steps.Count,
        M.ExerciseTitle => ExerciseTitles.Count,
        _ => 0,
    };

    private static string Plural(ushort number) => number switch
    {
        M.Session => "sessions",
        M.Lap => "laps",
        M.Set => "sets",
        M.Sport => "sports",
        M.WorkoutStep => "workout steps",
        _ => "exercise titles",
    };
}
