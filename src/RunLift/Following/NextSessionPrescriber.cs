using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Progress;
using RunLift.Training;
using static RunLift.Following.Wording;

namespace RunLift.Following;

/// <summary>
/// Prescribes a followed plan's next session from the log (principles.md, "The plan follows the athlete"): each lift's
/// load by <see cref="Autoregulation"/>, held where pain at the rehab site says so, a deload's planned reduction kept,
/// and the warm-ups rewritten from the new working load. A lift the log has nothing on keeps the plan's load.
/// </summary>
/// <param name="catalog">Says which lifts are lower body, and which load a rehab site.</param>
public sealed class NextSessionPrescriber(ExerciseCatalog catalog)
{
    /// <summary>Pain at the rehab site from which the progression of the lifts that load it is held.</summary>
    public const int PainThatHolds = 4;

    /// <summary>How many of a lift's last logged sessions the rule reads: the last, and the one before for two misses in a row.</summary>
    public const int SessionsRead = 3;

    /// <summary>The days over which a lift's best set says its current estimated max (six weeks).</summary>
    public const int EstimateDays = 42;

    /// <summary>
    /// The days a lift's history reaches back (a year): a load last lifted longer ago says little about today's, and
    /// the plan's, from the athlete's maxes, stands.
    /// </summary>
    public const int HistoryDays = 365;

    /// <summary>
    /// The next session of <paramref name="followed"/>, as <paramref name="written"/> (the plan's sessions with their sets)
    /// writes it, prescribed from <paramref name="log"/>; null when no session is left on or after its today.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="written"/> lacks the next session.</exception>
    public NextSession? Prescribe(FollowedPlan followed, IReadOnlyList<WrittenSession> written, PrescriptionLog log)
    {
        ArgumentNullException.ThrowIfNull(followed);
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(log);
        if (followed.Next is not { } next)
        {
            return null;
        }

        var byDay = written.ToLookup(s => (s.Name, s.Date));
        var session = byDay[(next.Planned.Name, next.Planned.Date)].FirstOrDefault()
            ?? throw new ArgumentException($"The plan's written sessions have no '{next.Planned.Name}' on {next.Planned.Date:yyyy-MM-dd}.", nameof(written));

        // The planned session each logged one matched: its sets are that session's targets.
        var matched = followed.Sessions.Where(s => s.Logged is not null)
            .Select(s => (s.Logged!.SessionId, Written: byDay[(s.Planned.Name, s.Planned.Date)].FirstOrDefault()))
            .Where(m => m.Written is not null)
            .ToDictionary(m => m.SessionId, m => m.Written!);
        var lifts = new Lifts(catalog, written, matched, log, followed.Today);
        return new NextSession(session.Name, next.Date, [.. session.Exercises.Select(e => lifts.Prescribe(e, session))]);
    }

    /// <summary>Prescribing each lift of one session.</summary>
    private sealed class Lifts(ExerciseCatalog catalog, IReadOnlyList<WrittenSession> written, Dictionary<long, WrittenSession> matched, PrescriptionLog log, DateOnly today)
    {
        public NextExercise Prescribe(WrittenExercise planned, WrittenSession session)
        {
            var history = log.Sessions.Where(s => s.Date <= today && s.Date > today.AddDays(-HistoryDays) && s.WorkingSets(planned.Id).Count > 0)
                .OrderByDescending(s => s.Date).ThenByDescending(s => s.SessionId).Take(SessionsRead).ToList();
            var asWritten = new NextExercise(planned.Id, planned.Name, planned.Sets, null);
            if (history.Count == 0 || (planned.Load is null && !planned.ByRpeOnly))
            {
                return asWritten;
            }

            // A deload keeps its planned reduction: the rule runs as for the lift's last loaded session before it, whose
            // load the deload's is a share of.
            var reference = session.Deload && planned.Load is not null ? LastLoadedBefore(planned.Id, session.Date) : null;
            var target = reference?.Exercise(planned.Id) ?? planned;
            var ratio = reference is null ? 1 : planned.Load!.Value.Kilograms / target.Load!.Value.Kilograms;
            var exercise = catalog.FindById(planned.Id);
            var decision = Held(exercise, history[0]) ?? (planned.ByRpeOnly ? ByRpe(planned, history) : ByLoad(planned.Id, target, history, exercise));
            if (decision is null)
            {
                return asWritten;
            }

            var reason = ratio == 1 ? decision.Reason : Invariant($"{decision.Reason}; deload: {Math.Round(100 * ratio)} % of that");
            var to = Load.FromKilograms(Math.Max(Plates.Step(log.Units), Plates.Round(decision.Kilograms * ratio, log.Units)));
            return new NextExercise(planned.Id, planned.Name, PrescribedSets.Of(planned, to, log.Units), new LoadAdjustment(reason, planned.Load, to));
        }

        /// <summary>Pain of 4 or more at the rehab site, in the lift's last session or since, holds a lift that loads it at its last load.</summary>
        private Decision? Held(Exercise? exercise, LiftLog last)
        {
            if (log.RehabSite is not { } site || exercise is null || !RehabProtocol.For(site).Loads(exercise)
                || log.Pain.Where(p => p.Site == site && p.Pain >= PainThatHolds && p.Date >= last.Date && p.Date <= today).MaxBy(p => p.Date) is not { } pain
                || last.WorkingSets(exercise.Id).Where(s => !s.Bodyweight).Select(s => s.Load).Max() is not { } top)
            {
                return null;
            }

            return new Decision(top.Kilograms, Invariant($"Held: pain {pain.Pain}/10 at {Site(site)} {When(pain.Date, today)}"));
        }

        private Decision? ByLoad(string id, WrittenExercise target, List<LiftLog> history, Exercise? exercise)
        {
            var last = Attempt(id, target, history[0]);
            var previous = history.Count > 1 ? Attempt(id, target, history[1]) : null;
            var was = matched.GetValueOrDefault(history[0].SessionId)?.Exercise(id)?.Percent;
            return Autoregulation.ByLoad(last, previous, was, target.Percent, BestEstimate(id), Increments.For(exercise, log.Units), today, log.Units);
        }

        private Decision? ByRpe(WrittenExercise planned, List<LiftLog> history)
        {
            var first = planned.WorkingSets[0];
            var source = history.SelectMany(s => s.WorkingSets(planned.Id).Reverse().Select(set => (s.Date, Set: set)))
                .FirstOrDefault(x => OneRepMax.EstimateAtEffort(x.Set) is not null);
            return source.Set is null ? null : Autoregulation.ByRpe(source.Set, source.Date, first.Reps!.Value, WrittenExercise.Target(first)!.Value, today, log.Units);
        }

        /// <summary>The logged session against its targets: the planned session it matched, else the lift's next ones.</summary>
        private LiftAttempt Attempt(string id, WrittenExercise fallback, LiftLog logged) =>
            LiftAttempt.Of(logged.Date, logged.WorkingSets(id), (matched.GetValueOrDefault(logged.SessionId)?.Exercise(id) ?? fallback).WorkingSets);

        /// <summary>The lift's current estimated max: the best of its working sets over the last six weeks.</summary>
        private Load? BestEstimate(string id) => log.Sessions.Where(s => s.Date <= today && s.Date > today.AddDays(-EstimateDays))
            .SelectMany(s => s.WorkingSets(id)).Select(OneRepMax.EstimateAtEffort).Max();

        /// <summary>The plan's last session before <paramref name="day"/> outside a deload that loads <paramref name="id"/>.</summary>
        private WrittenSession? LastLoadedBefore(string id, DateOnly day) => written
            .Where(s => !s.Deload && s.Date < day && s.Exercise(id)?.Load is { Kilograms: > 0 })
            .MaxBy(s => s.Date);
    }
}
