using RunLift.Progress;
using RunLift.Training;
using static RunLift.Following.Wording;

namespace RunLift.Following;

/// <summary>A working load decided from the log, in kilograms before the plates round it, and why.</summary>
/// <param name="Kilograms">The load.</param>
/// <param name="Reason">Why, for the athlete.</param>
internal sealed record Decision(double Kilograms, string Reason);

/// <summary>
/// The autoregulation rule (issue 15's "Precise meanings", which principles.md follows): per lift, from its last logged
/// session against that session's targets, all target reps done with every working set at or below the target RPE
/// adds the lift's increment; reps missed or an RPE above the target keeps the load; reps missed in the last two logged
/// sessions take 10 % off. Where the plan moves to another %1RM (a new phase, or the next step of a wave) the load comes
/// from the lift's current estimated max instead of the increment. A lift loaded by RPE only takes its load from its
/// last set's estimated max through the RTS table.
/// </summary>
internal static class Autoregulation
{
    /// <summary>What is left of the load after reps were missed twice in a row.</summary>
    public const double AfterTwoMisses = 0.9;

    /// <summary>A plan's percentages are written to a tenth: closer than this they are the same prescription.</summary>
    private const double SamePercent = 0.05;

    /// <summary>
    /// The next load of a lift the plan loads in kilograms. <paramref name="wasPercent"/> is the %1RM the last logged session
    /// was prescribed (null when it matched no planned session), <paramref name="nowPercent"/> the next one's;
    /// <paramref name="max"/> the lift's best estimate over the last six weeks. Null when the last session was not loaded.
    /// </summary>
    public static Decision? ByLoad(
        LiftAttempt last, LiftAttempt? previous, double? wasPercent, double? nowPercent, Load? max, Load increment, DateOnly today, MassUnit units)
    {
        ArgumentNullException.ThrowIfNull(last);
        if (last.TopLoad is not { } top)
        {
            return null;
        }

        var when = When(last.Date, today);
        if (last.Missed && previous is { Missed: true })
        {
            return new Decision(top.Kilograms * AfterTwoMisses, "−10 %: reps missed in the last two sessions");
        }

        if (last.Shortfall is { } shortfall)
        {
            return new Decision(top.Kilograms, $"Same load: {shortfall} {when}");
        }

        if (last.OverTarget is { } over)
        {
            return new Decision(top.Kilograms, $"Same load: {over} {when}");
        }

        if (wasPercent is { } was && nowPercent is { } now && Math.Abs(was - now) > SamePercent && max is { } estimate)
        {
            return new Decision(estimate.Kilograms * now / 100, Invariant($"New step of the plan: {now:0.#} % of your estimated max of {Mass(estimate, units)}"));
        }

        return new Decision(top.Kilograms + increment.Kilograms, $"+{Mass(increment, units)}: {last.Done} {when}");
    }

    /// <summary>
    /// The load of a lift the plan loads by RPE only, <paramref name="reps"/> at <paramref name="rpe"/>: the estimated max of
    /// <paramref name="from"/> (the last logged working set that gives one, done on <paramref name="on"/>) at the %1RM
    /// the RTS table gives those reps at that RPE.
    /// </summary>
    public static Decision? ByRpe(TrainingSet from, DateOnly on, int reps, double rpe, DateOnly today, MassUnit units)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (OneRepMax.EstimateAtEffort(from) is not { } max)
        {
            return null;
        }

        var effort = from.Rpe is { } logged ? Invariant($" at RPE {logged.Value:0.#}") : "";
        return new Decision(
            max.Kilograms * OneRepMax.Prescribed(reps, rpe) / 100,
            Invariant($"{reps} at RPE {rpe:0.#} from your last set, {from.Reps} × {Mass(from.Load!.Value, units)}{effort} {When(on, today)}"));
    }
}
