using System.Text;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>A Garmin workout file written for one session of a plan.</summary>
/// <param name="FileName">The file's name: the session's date and name (<c>2026-12-08-strength-a.fit</c>), unique within the plan.</param>
/// <param name="Session">The session it holds.</param>
/// <param name="Content">The FIT file.</param>
public sealed record FitWorkoutFile(string FileName, PlannedSession Session, ReadOnlyMemory<byte> Content);

/// <summary>
/// Writes a plan's sessions as Garmin strength workouts (FIT workout files), one per session, for a watch to guide
/// the lifting: a step per set with the exercise's Garmin category and name, its reps (or time) and weight, a rest
/// step after it, and a repeat step over runs of equal sets. docs/plans.md describes the files.
/// </summary>
public static class FitWorkoutWriter
{
    /// <summary>The most steps a workout holds (Garmin's limit); a session that needs more is refused.</summary>
    public const int MaxSteps = FitWorkoutBuilder.MaxSteps;

    private const ushort DevelopmentManufacturer = 255;
    private const byte FileNumberField = 5;

    /// <summary>One workout file per session of <paramref name="plan"/>, created at <paramref name="created"/>.</summary>
    /// <exception cref="ArgumentException">a session needs more than <see cref="MaxSteps"/> steps.</exception>
    public static IReadOnlyList<FitWorkoutFile> Write(TrainingPlan plan, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var names = FileNames(plan);
        var files = new List<FitWorkoutFile>(plan.Sessions.Count);
        for (var i = 0; i < plan.Sessions.Count; i++)
        {
            files.Add(new FitWorkoutFile(names[i], plan.Sessions[i], Write(plan.Sessions[i], plan.Request.Units, created, (ushort)(i + 1))));
        }

        return files;
    }

    /// <summary>The file name of each session of <paramref name="plan"/>, in order: its date and name, unique within the plan.</summary>
    public static IReadOnlyList<string> FileNames(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(plan.Sessions.Count);
        foreach (var session in plan.Sessions)
        {
            var stem = PlanVocabulary.Date(session.Date) + "-" + Slug(session.Name);
            var name = stem + ".fit";
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}.fit";
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// The workout file for <paramref name="session"/>, loads shown in <paramref name="units"/>. <paramref name="number"/>
    /// tells apart files created at the same moment (the file_id's number), as the sessions of one plan are.
    /// </summary>
    /// <exception cref="ArgumentException">the session needs more than <see cref="MaxSteps"/> steps.</exception>
    public static byte[] Write(PlannedSession session, MassUnit units, DateTimeOffset created, ushort number = 1) =>
        Encode(FitWorkoutBuilder.Build(session, units), created, number);

    /// <summary>The FIT file of <paramref name="workout"/>: file_id, workout, its steps, its exercise titles.</summary>
    internal static byte[] Encode(FitWorkout workout, DateTimeOffset created, ushort number)
    {
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(FitProfile.Messages.FileId)
            .Integer(FitProfile.FileId.Type, FitBaseType.Enum, FitProfile.FileId.Workout)
            .Integer(FitProfile.FileId.Manufacturer, FitBaseType.UInt16, DevelopmentManufacturer)
            .Integer(FitProfile.FileId.Product, FitBaseType.UInt16, 0)
            .Integer(FitProfile.FileId.TimeCreated, FitBaseType.UInt32, FitTime.FromDateTime(created))
            .Integer(FileNumberField, FitBaseType.UInt16, number));
        fit.Write(new FitWriterMessage(FitProfile.Messages.Workout)
            .String(FitProfile.Workout.Name, workout.Name, FitWorkoutBuilder.WorkoutNameSize)
            .Integer(FitProfile.Workout.SportField, FitBaseType.Enum, workout.Sport)
            .Integer(FitProfile.Workout.SubSport, FitBaseType.Enum, workout.SubSport)
            .Integer(FitProfile.Workout.NumberOfValidSteps, FitBaseType.UInt16, workout.Steps.Count));
        foreach (var step in workout.Steps)
        {
            fit.Write(new FitWriterMessage(FitProfile.Messages.WorkoutStep)
                .Integer(FitProfile.Common.MessageIndex, FitBaseType.UInt16, step.Index)
                .String(FitProfile.WorkoutStep.Name, step.Name, FitWorkoutBuilder.StepNameSize)
                .Integer(FitProfile.WorkoutStep.DurationType, FitBaseType.Enum, (byte?)step.DurationType)
                .Integer(FitProfile.WorkoutStep.DurationValue, FitBaseType.UInt32, step.DurationValue)
                .Integer(FitProfile.WorkoutStep.TargetType, FitBaseType.Enum, step.TargetType)
                .Integer(FitProfile.WorkoutStep.TargetValue, FitBaseType.UInt32, step.TargetValue)
                .Integer(FitProfile.WorkoutStep.Intensity, FitBaseType.Enum, (byte?)step.Intensity)
                .String(FitProfile.WorkoutStep.Notes, step.Notes, FitWorkoutBuilder.NotesSize)
                .Integer(FitProfile.WorkoutStep.ExerciseCategory, FitBaseType.UInt16, step.ExerciseCategory)
                .Integer(FitProfile.WorkoutStep.ExerciseName, FitBaseType.UInt16, step.ExerciseName)
                .Integer(FitProfile.WorkoutStep.ExerciseWeight, FitBaseType.UInt16, step.ExerciseWeight is { } w ? (long)Math.Round(w.Kilograms * 100, MidpointRounding.AwayFromZero) : null)
                .Integer(FitProfile.WorkoutStep.WeightDisplayUnit, FitBaseType.UInt16, step.WeightDisplayUnit));
        }

        for (var i = 0; i < workout.ExerciseTitles.Count; i++)
        {
            var title = workout.ExerciseTitles[i];
            fit.Write(new FitWriterMessage(FitProfile.Messages.ExerciseTitle)
                .Integer(FitProfile.Common.MessageIndex, FitBaseType.UInt16, i)
                .Integer(FitProfile.ExerciseTitle.Category, FitBaseType.UInt16, title.Category)
                .Integer(FitProfile.ExerciseTitle.Name, FitBaseType.UInt16, title.Name)
                .String(FitProfile.ExerciseTitle.Title, title.Title, FitWorkoutBuilder.StepNameSize));
        }

        return fit.ToArray();
    }

    /// <summary>"Strength A" → strength-a; letters and digits of any script kept, the rest a single hyphen.</summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "session" : text[..Math.Min(text.Length, 40)];
    }
}
