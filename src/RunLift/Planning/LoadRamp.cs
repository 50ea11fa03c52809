using RunLift.Auditing.Analysis;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Keeps every week's strength load within 1.4 × the mean of the 4 normal weeks before it, by the same measure the
/// auditor uses: a deload or taper week counts at the level of the last normal week before it (principles.md: deloads
/// and tapers are not the base), so the week after a deload returns to the level before it. And, as the plan must pass
/// its own audit, within 1.5 × the mean of the 4 weeks as they are (RL503). A week over either gives up a set per
/// exercise at a time (then accessories, then a session) until the return is gradual: after an off-season, say.
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
        var history = Enumerable.Range(firstWeek, weeks.Count - firstWeek).Select(w => LoadOf(weeks[w], monday.AddDays(w * 7), sets)).ToList();

        // Each step removes a set, a load step, an accessory or a session, so the loop ends; the bound is only a guard.
        for (var step = 0; step < 10_000; step++)
        {
            var normal = AsNormalWeeks(history, i => intents[i + firstWeek]);
            var spiking = Enumerable.Range(0, history.Count)
                .Where(i => StrengthLoad.Spike(normal, i, PreviousWeeks) is { Ratio: > Limit } || StrengthLoad.Spike(history, i, PreviousWeeks) is { Ratio: > AuditLimit })
                .FirstOrDefault(i => Trim(weeks[i + firstWeek]), -1);
            if (spiking < 0)
            {
                return;
            }

            var week = spiking + firstWeek;
            history[spiking] = LoadOf(weeks[week], monday.AddDays(week * 7), sets);
        }
    }

    /// <summary>The loads with each deload and taper week at the level of the last normal week before it.</summary>
    private static List<WeekLoad> AsNormalWeeks(List<WeekLoad> history, Func<int, WeekIntent> intent)
    {
        var normal = new List<WeekLoad>(history.Count);
        WeekLoad? lastNormal = null;
        for (var i = 0; i < history.Count; i++)
        {
            var week = intent(i);
            var easier = week.Deload || week.Phase == TrainingPhase.Taper;
            normal.Add(easier && lastNormal is { } level ? level with { Monday = history[i].Monday } : history[i]);
            if (!easier && !history[i].IsEmpty)
            {
                lastNormal = history[i];
            }
        }

        return normal;
    }

    /// <summary>The week's load as <see cref="StrengthLoad.ByWeek"/> measures it (a plan's sessions carry no recorded length).</summary>
    private static WeekLoad LoadOf(List<DraftSession> week, DateOnly monday, Func<Part, IReadOnlyList<TrainingSet>> sets)
    {
        double? rpeMinutes = 0;
        double volume = 0;
        foreach (var draft in week)
        {
            var load = StrengthLoad.OfSession(draft.Parts.Select(sets), duration: null);
            rpeMinutes = load.RpeMinutes is { } minutes ? rpeMinutes + minutes : null;
            volume += load.Volume;
        }

        return new WeekLoad(monday, rpeMinutes, volume);
    }

    /// <summary>Takes a set from the exercise with the most; failing that eases the loads, drops an accessory, then the week's last session.</summary>
    private static bool Trim(List<DraftSession> week)
    {
        // One set at a time, from the exercise with the most (the last such in the week): the week lands just under
        // the limit rather than a set per exercise below it, so the week after a deload is not a second light week.
        var candidates = week.SelectMany(s => s.Parts.Select((_, i) => (s.Parts, Index: i))).Where(p => p.Parts[p.Index].Dose.Sets > 1).ToList();
        if (candidates.Count > 0)
        {
            var most = candidates.Max(p => p.Parts[p.Index].Dose.Sets);
            var (parts, index) = candidates.Last(p => p.Parts[p.Index].Dose.Sets == most);
            parts[index] = parts[index] with { Dose = parts[index].Dose with { Sets = most - 1 } };
            return true;
        }

        var trimmed = false;

        // Down to single sets: ease the loads (RPE 6), then drop an accessory from each session, then a whole session.
        foreach (var parts in week.Select(s => s.Parts))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                // A light-legs session's single heavy top set stays: it is little load, and the week's only heavy set.
                if (parts[i].Dose is { } dose && dose.Rpe > 6)
                {
                    parts[i] = parts[i] with { Dose = dose with { Rpe = 6 } };
                    trimmed = true;
                }
            }
        }

        if (trimmed)
        {
            return true;
        }

        foreach (var parts in week.Select(s => s.Parts))
        {
            var accessory = parts.FindLastIndex(p => p.Role is Role.Core or Role.Calf or Role.Explosive
                || (p.Role == Role.Pull && parts.Any(other => other.Role == Role.Push)));
            if (accessory >= 0)
            {
                parts.RemoveAt(accessory);
                trimmed = true;
            }
        }

        // Last resort, even the week's only session: a week without lifting is better than a jump the audit warns
        // of, and the weeks after it then ramp from almost nothing, which RL503 does not judge.
        if (!trimmed && week.Count > 0)
        {
            week.RemoveAt(week.Count - 1);
            trimmed = true;
        }

        return trimmed;
    }
}
