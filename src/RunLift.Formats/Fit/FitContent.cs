using M = RunLift.Formats.Fit.FitProfile.Messages;
using P = RunLift.Formats.Fit.FitProfile;

namespace RunLift.Formats.Fit;

/// <summary>A session message: one sport of an activity (a multisport file has several).</summary>
internal sealed record FitSession(
    int Offset, uint? StartTime, byte? Sport, byte? SubSport, uint? ElapsedMilliseconds, uint? TimerMilliseconds,
    uint? DistanceCentimeters, byte? AverageHeartRate, string? ProfileName);

/// <summary>A lap message.</summary>
internal sealed record FitLap(uint? StartTime, byte? Intensity);

/// <summary>A set message: a strength set (active) or the rest after one.</summary>
internal sealed record FitSet(
    int Order, uint? StartTime, uint? DurationMilliseconds, ushort? Repetitions, ushort? Weight16, byte? SetType,
    ushort? Category, ushort? CategorySubtype, ushort? MessageIndex);

/// <summary>A sport message: the sport profile a session was recorded with.</summary>
internal sealed record FitSport(byte? Sport, byte? SubSport, string? Name);

/// <summary>
/// Collects, while a file is decoded, the few messages RunLift reads from activities and workouts. Every other
/// message (records, device info, HRV, ...) is passed over without being looked at.
/// </summary>
internal sealed class FitContent : IFitVisitor
{
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
                Laps.Add(new FitLap(message.UInt32(P.Lap.StartTime), message.Byte(P.Lap.Intensity)));
                break;
            case M.Set:
                Sets.Add(new FitSet(
                    Sets.Count,
                    message.UInt32(P.Set.StartTime),
                    message.UInt32(P.Set.Duration),
                    message.UInt16(P.Set.Repetitions),
                    message.UInt16(P.Set.Weight),
                    message.Byte(P.Set.SetType),
                    message.UInt16(P.Set.Category),
                    message.UInt16(P.Set.CategorySubtype),
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
}
