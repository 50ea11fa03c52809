using RunLift.Auditing.Analysis;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Keeps every week's strength load within 1.4 × the mean of the 4 weeks before it, by the same measure the auditor
/// uses, with deload, taper and off-season weeks counted at the level of the last normal week before them (principles.md:
/// deloads and tapers are not the base), so the week after a deload returns to the level before it. And, as the plan must
/// pass its own audit, within 1.5 × the mean RL503 takes (taper and off-season weeks at the last normal level, deloads as
/// they are). A week over either is eased one step at a time (<see cref="Trim"/>) until the return is gradual.
/// </summary>
internal static class LoadRamp
{
    private const double Limit = 1.4;
    private const double AuditLimit = 1.5;
    private const int PreviousWeeks = 4;

    /// <param name="weeks">The plan's sessions by week; trimmed in place.</param>
    /// <param name="intents">What each week is (a deload, a taper...), by the same index.</param>
    /// <param name="monday">The plan's first Monday.</param>
    /// <param name="sets">The sets of a part, as they will be written.</param>
    public static void Smooth(List<List<DraftSession>> weeks, IReadOnlyList<WeekIntent> intents, DateOnly monday, Func<Part, IReadOnlyList<TrainingSet>> sets)
    {
        var firstWeek = weeks.FindIndex(w => w.Count > 0);
        if (firstWeek < 0)
        {
            return;
        }

        // The auditor counts weeks from the first session's Monday; each week's load depends on its own sessions only.
        var history = Enumerable.Range(firstWeek, weeks.Count - firstWeek).Select(w => LoadOf(weeks[w], IsoWeek.Of(monday).Plus(w).Monday, sets)).ToList();

        // Each step removes a set, a load step, an accessory or a session, so the loop ends; the bound is only a guard.
        for (var step = 0; step < 10_000; step++)
        {
            var normal = StrengthLoad.AsBaseline(history, i => intents[i + firstWeek].Deload || history[i].EasyByDesign);
            var audited = StrengthLoad.AsBaseline(history, i => history[i].EasyByDesign);
            var spiking = Enumerable.Range(0, history.Count)
                .Where(i => StrengthLoad.Spike(history, i, PreviousWeeks, normal) is { Ratio: > Limit } || StrengthLoad.Spike(history, i, PreviousWeeks, audited) is { Ratio: > AuditLimit })
                .FirstOrDefault(i => Trim(weeks[i + firstWeek]), -1);
            if (spiking < 0)
            {
                return;
            }

            var week = spiking + firstWeek;
            history[spiking] = LoadOf(weeks[week], IsoWeek.Of(monday).Plus(week).Monday, sets);
        }
    }

    /// <summary>The week's load as <see cref="StrengthLoad.ByWeek"/> measures it (a plan's sessions carry no recorded length).</summary>
    private static WeekLoad LoadOf(List<DraftSession> week, DateOnly monday, Func<Part, IReadOnlyList<TrainingSet>> sets)
    {
        double? rpeMinutes = 0;
        double volume = 0;
        var easy = week.Count > 0;
        foreach (var draft in week)
        {
            var load = StrengthLoad.OfSession(draft.Parts.Select(sets), duration: null);
            rpeMinutes = load.RpeMinutes is { } minutes ? rpeMinutes + minutes : null;
            volume += load.Volume;
            easy &= draft.Easy;
        }

        return new WeekLoad(monday, rpeMinutes, volume) { EasyByDesign = easy };
    }

    /// <summary>
    /// Eases the week one step, as a coach brings a runner back: calf and core sets first, then main-lift sets down to 3,
    /// the effort to RPE 7 (still heavy for sets of 6 or fewer; the loads follow), main-lift sets down to 2 (never fewer:
    /// single sets are not training), RPE 6, then an accessory from each session, then the week's last session (and its share of
    /// the contacts). Jumps and the rehab progression are never cut from a session that stays.
    /// </summary>
    private static bool Trim(List<DraftSession> week) =>
        TakeASet(week, p => p.Role is Role.Calf or Role.Core, least: 1)
        || TakeASet(week, IsMainLift, least: 3)
        || Ease(week, 7)
        || TakeASet(week, IsMainLift, least: 2)
        || Ease(week, 6)
        || DropAnAccessory(week)
        || DropTheLastSession(week);

    private static bool IsMainLift(Part part) => part.Role is Role.Knee or Role.Hinge or Role.Push or Role.Pull;

    /// <summary>
    /// One set from the part with the most (the last such in the week): the week lands just under the limit rather than a
    /// set per exercise below it, so the week after a deload is not a second light week.
    /// </summary>
    private static bool TakeASet(List<DraftSession> week, Func<Part, bool> which, int least)
    {
        var candidates = week.SelectMany(s => s.Parts.Select((_, i) => (s.Parts, Index: i)))
            .Where(p => which(p.Parts[p.Index]) && p.Parts[p.Index].Dose.Sets > least).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var most = candidates.Max(p => p.Parts[p.Index].Dose.Sets);
        var (parts, index) = candidates.Last(p => p.Parts[p.Index].Dose.Sets == most);
        parts[index] = parts[index] with { Dose = parts[index].Dose with { Sets = most - 1 } };
        return true;
    }

    /// <summary>Every working set above <paramref name="rpe"/> down to it, the loads with them.</summary>
    private static bool Ease(List<DraftSession> week, double rpe)
    {
        var eased = false;
        foreach (var parts in week.Select(s => s.Parts))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (parts[i].Role != Role.Rehab && parts[i].Dose is { } dose && dose.Rpe > rpe)
                {
                    parts[i] = parts[i] with { Dose = dose with { Rpe = rpe } };
                    eased = true;
                }
            }
        }

        return eased;
    }

    /// <summary>The last accessory of each session: core, calves, or the push where a pull stays; the jumps stay (principles.md).</summary>
    private static bool DropAnAccessory(List<DraftSession> week)
    {
        var dropped = false;
        foreach (var parts in week.Select(s => s.Parts))
        {
            var accessory = parts.FindLastIndex(p => p.Role is Role.Core or Role.Calf
                || (p.Role == Role.Push && parts.Exists(other => other.Role == Role.Pull)));
            if (accessory >= 0)
            {
                parts.RemoveAt(accessory);
                dropped = true;
            }
        }

        return dropped;
    }

    /// <summary>
    /// Last resort, even the week's only session: a week without lifting is better than a jump the audit warns of, and the
    /// weeks after it then ramp from almost nothing, which RL503 does not judge.
    /// </summary>
    private static bool DropTheLastSession(List<DraftSession> week)
    {
        if (week.Count == 0)
        {
            return false;
        }

        week.RemoveAt(week.Count - 1);
        return true;
    }
}
