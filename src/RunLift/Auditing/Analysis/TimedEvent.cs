using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>A key run placed on the timeline.</summary>
/// <param name="Run">The run.</param>
/// <param name="Hour">Hours from the start of the timeline.</param>
/// <param name="TimeKnown">False when the run's time of day was not given (07:00 is assumed); am/pm counts as given.</param>
internal sealed record TimedRun(Run Run, double Hour, bool TimeKnown);

/// <summary>A race placed on the timeline (09:00 on race day, or when the recorded race started).</summary>
internal sealed record TimedRace(Race Race, double Hour)
{
    /// <summary>The recorded run the race was read from (a run marked or named a race), or null for a declared race.</summary>
    public Run? Run { get; init; }
}
