namespace RunLift.Formats.Fit;

/// <summary>
/// The few message and field numbers of the FIT profile (21.217) that RunLift reads or writes. Every other message
/// and field is decoded generically by its base type and skipped by the readers.
/// </summary>
internal static class FitProfile
{
    /// <summary>Global message numbers.</summary>
    public static class Messages
    {
        public const ushort FileId = 0;
        public const ushort Sport = 12;
        public const ushort Session = 18;
        public const ushort Lap = 19;
        public const ushort Record = 20;
        public const ushort Workout = 26;
        public const ushort WorkoutStep = 27;
        public const ushort Activity = 34;
        public const ushort FieldDescription = 206;
        public const ushort DeveloperDataId = 207;
        public const ushort Set = 225;
        public const ushort ExerciseTitle = 264;
    }

    /// <summary>Fields every message may carry.</summary>
    public static class Common
    {
        /// <summary>date_time (uint32): the moment the message is about.</summary>
        public const byte Timestamp = 253;

        /// <summary>uint16: the message's position among messages of its kind.</summary>
        public const byte MessageIndex = 254;
    }

    /// <summary>file_id (0).</summary>
    public static class FileId
    {
        public const byte Type = 0;
        public const byte Manufacturer = 1;
        public const byte Product = 2;
        public const byte SerialNumber = 3;
        public const byte TimeCreated = 4;

        /// <summary>file type 4: an activity.</summary>
        public const byte Activity = 4;

        /// <summary>file type 5: a workout.</summary>
        public const byte Workout = 5;
    }

    /// <summary>sport (12).</summary>
    public static class Sport
    {
        public const byte SportField = 0;
        public const byte SubSport = 1;
        public const byte Name = 3;
    }

    /// <summary>session (18) and lap (19) share these numbers except where noted.</summary>
    public static class Session
    {
        public const byte StartTime = 2;
        public const byte SportField = 5;
        public const byte SubSport = 6;
        public const byte TotalElapsedTime = 7;
        public const byte TotalTimerTime = 8;
        public const byte TotalDistance = 9;
        public const byte AverageHeartRate = 16;
        public const byte SportProfileName = 110;
    }

    /// <summary>lap (19).</summary>
    public static class Lap
    {
        public const byte StartTime = 2;
        public const byte TotalTimerTime = 8;
        public const byte TotalDistance = 9;

        /// <summary>15 in the lap, where the session has it at 16.</summary>
        public const byte AverageHeartRate = 15;
        public const byte Intensity = 23;
    }

    /// <summary>workout (26).</summary>
    public static class Workout
    {
        public const byte SportField = 4;
        public const byte NumberOfValidSteps = 6;
        public const byte Name = 8;
        public const byte SubSport = 11;
    }

    /// <summary>workout_step (27).</summary>
    public static class WorkoutStep
    {
        public const byte Name = 0;
        public const byte DurationType = 1;
        public const byte DurationValue = 2;
        public const byte TargetType = 3;
        public const byte TargetValue = 4;
        public const byte Intensity = 7;
        public const byte Notes = 8;
        public const byte ExerciseCategory = 10;
        public const byte ExerciseName = 11;

        /// <summary>uint16, kilograms × 100.</summary>
        public const byte ExerciseWeight = 12;
        public const byte WeightDisplayUnit = 13;
    }

    /// <summary>activity (34).</summary>
    public static class Activity
    {
        /// <summary>local_date_time (uint32): the timestamp in the wearer's time zone.</summary>
        public const byte LocalTimestamp = 5;
    }

    /// <summary>field_description (206): a developer field's name and type.</summary>
    public static class FieldDescription
    {
        public const byte DeveloperDataIndex = 0;
        public const byte FieldDefinitionNumber = 1;
        public const byte BaseType = 2;
        public const byte FieldName = 3;
        public const byte Units = 8;
    }

    /// <summary>set (225): one strength set (or the rest after it).</summary>
    public static class Set
    {
        /// <summary>uint32, seconds × 1000.</summary>
        public const byte Duration = 0;
        public const byte Repetitions = 3;

        /// <summary>uint16, kilograms × 16.</summary>
        public const byte Weight = 4;

        /// <summary>0 rest, 1 active.</summary>
        public const byte SetType = 5;
        public const byte StartTime = 6;

        /// <summary>uint16[]: the watch's guesses, best first; 65534 is unknown.</summary>
        public const byte Category = 7;
        public const byte CategorySubtype = 8;
        public const byte MessageIndex = 10;
    }

    /// <summary>exercise_title (264): a workout's own name for an exercise.</summary>
    public static class ExerciseTitle
    {
        public const byte Category = 0;
        public const byte Name = 1;
        public const byte Title = 2;
    }
}
