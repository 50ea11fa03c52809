using RunLift.Training;

namespace RunLift.Formats.Routines;

/// <summary>The words a routine document uses for the domain's named values, shared by the parts that read them.</summary>
internal static class RoutineChoices
{
    public static readonly (string, TrainingPhase)[] Phases =
    [
        ("adaptation", TrainingPhase.Adaptation), ("strength", TrainingPhase.Strength), ("power", TrainingPhase.Power),
        ("maintenance", TrainingPhase.Maintenance), ("taper", TrainingPhase.Taper), ("off-season", TrainingPhase.OffSeason),
    ];

    public static readonly (string, DayOfWeek)[] Weekdays =
    [
        ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("fri", DayOfWeek.Friday), ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
    ];

    public static readonly (string, RunKind)[] RunKindNames = [.. RunKinds.All.Select(k => (k.Name(), k))];
}
