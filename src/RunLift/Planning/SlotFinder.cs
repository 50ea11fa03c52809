using RunLift.Training;

namespace RunLift.Planning;

/// <summary>How hard a session may load the legs, given the running around it.</summary>
internal enum SlotKind
{
    /// <summary>Heavy lower-body work is fine: ≥ 24 h before the next key run, not the day before a long run or race pace.</summary>
    Heavy,

    /// <summary>Too close to a key run for heavy legs: lower-body work light, with at most one heavy top set.</summary>
    Light,

    /// <summary>Taper, off-season or a race close by: everything light (RPE ≤ 6).</summary>
    Easy,
}

/// <summary>A day and time a strength session can go.</summary>
/// <param name="Date">The day.</param>
/// <param name="Hour">Hours from the plan's first Monday.</param>
/// <param name="Kind">How hard the legs may work.</param>
/// <param name="AfterKeyRun">The day has a key run, done earlier: "hard days hard".</param>
/// <param name="EasyRunDay">The day has only an easy run.</param>
/// <param name="AfterLongRun">The day's run is the long run: legs are tired, and jumps on tired legs are a poor idea.</param>
/// <param name="Time">When the session starts: straight after an afternoon or evening run, else in the evening.</param>
/// <param name="Follows">The day's run the session comes after, when there is one.</param>
/// <param name="NextKeyRun">The next key run after the session and the hours to it, when one follows within 48 h.</param>
internal sealed record Slot(DateOnly Date, double Hour, SlotKind Kind, bool AfterKeyRun, bool EasyRunDay, bool AfterLongRun,
    TimeOnly Time, Run? Follows = null, (Run Run, double Hours)? NextKeyRun = null);

/// <summary>
/// Weekly scheduling: strength after the day's key run or on easy days, heavy legs never within 24 h of a key
/// run nor the day before a long run or race-pace session, nothing within 72 h of a race, ≥ 48 h between sessions.
/// A session never overlaps a run and never comes before the day's key run: it starts straight after an afternoon or
/// evening run (its end + 20 min), else in the evening, ≥ 3–6 h after a morning run (principles.md, "Timing on the day").
/// </summary>
internal static class SlotFinder
{
    /// <summary>When a day has no afternoon or evening run: the evening, well after a morning run (≥ 3–6 h).</summary>
    public static readonly TimeOnly EveningSession = new(18, 0);

    // Runs from noon on are the day's later runs: the session follows them rather than fall in the middle of one.
    private static readonly TimeOnly Noon = new(12, 0);

    // A session that would start later than this runs too close to bedtime; the day is left out.
    private static readonly TimeOnly LatestSessionStart = new(20, 30);

    // Straight after the run: time to change and refuel, not long enough to stiffen up (principles.md: 15–30 min).
    private static readonly TimeSpan AfterRunGap = TimeSpan.FromMinutes(20);

    // A run whose length is not given is taken to last this long, so a session after it does not start during it.
    private static readonly TimeSpan AssumedRunLength = TimeSpan.FromMinutes(60);

    private const double HeavyGapHours = 24;
    private const double AnyRaceHeavyHours = 96;
    private const double AnyRaceLiftHours = 72;
    private const double ARaceHeavyHours = 10 * 24;
    /// <summary>Strength sessions are at least this far apart: the legs recover fully (principles.md).</summary>
    internal const double MinHoursBetweenSessions = 48;
    private const double MiniTaperHours = 7 * 24;

    private static readonly Func<Race, bool> AnyRace = _ => true;
    private static readonly Func<Race, bool> ARace = r => r.Priority == RacePriority.A;

    public static IReadOnlyList<Slot> Candidates(PlanCalendar calendar, int week, bool easy)
    {
        var slots = new List<Slot>();
        foreach (var date in calendar.DaysOf(week))
        {
            var runs = calendar.RunsOn(date);
            var (time, follows) = SessionTime(runs);
            if (runs.Any(r => r.Kind == RunKind.Race)
                || time > LatestSessionStart
                || calendar.Races.Any(r => date > r.Date && date.DayNumber - r.Date.DayNumber <= RecoveryDays(r)))
            {
                continue;
            }

            var hour = calendar.Hour(date, time);
            var toRace = HoursToRace(calendar, hour, AnyRace);
            if (toRace < AnyRaceLiftHours)
            {
                continue;
            }

            var topSet = toRace >= AnyRaceHeavyHours && HoursToRace(calendar, hour, ARace) >= ARaceHeavyHours;
            var nextKeyRun = calendar.HoursToNextKeyRun(hour);
            var dayBeforeLongRun = calendar.RunsOn(date.AddDays(1)).Any(r => r.IsLong || r.Kind is RunKind.RacePace or RunKind.Race);
            // The week before a B or C race is a mini-taper: legs light, one top set at most.
            var raceWeek = toRace < MiniTaperHours;
            var kind = easy ? SlotKind.Easy
                : !topSet ? SlotKind.Easy
                : nextKeyRun >= HeavyGapHours && !dayBeforeLongRun && !raceWeek ? SlotKind.Heavy
                : SlotKind.Light;
            var next = calendar.NextKeyRun(hour);
            slots.Add(new Slot(date, hour, kind, runs.Any(r => r.IsKey && !r.IsLong), runs.Count > 0 && !runs.Any(r => r.IsKey), runs.Any(r => r.IsLong),
                time, follows ?? (runs.Count > 0 ? runs[^1] : null), next is { } n && n.Hours < 48 ? n : null));
        }

        return slots;
    }

    /// <summary>
    /// When a session starts on a day with <paramref name="runs"/>: straight after the day's last afternoon or evening run
    /// (which it then follows), else in the evening.
    /// </summary>
    private static (TimeOnly Time, Run? Follows) SessionTime(IReadOnlyList<Run> runs)
    {
        var (time, follows) = (EveningSession, (Run?)null);
        foreach (var run in runs)
        {
            if (run.Time is { } start && start.Time >= Noon)
            {
                var after = start.Time.Add(run.Duration ?? AssumedRunLength, out var wrapped).Add(AfterRunGap, out var wrappedAgain);
                var candidate = wrapped + wrappedAgain > 0 ? TimeOnly.MaxValue : RoundUpToFiveMinutes(after);
                if (follows is null || candidate > time)
                {
                    (time, follows) = (candidate, run);
                }
            }
        }

        return (time, follows);
    }

    private static TimeOnly RoundUpToFiveMinutes(TimeOnly time) =>
        new(Math.Min(TimeOnly.MaxValue.Ticks, (long)Math.Ceiling(time.Ticks / (double)TimeSpan.TicksPerMinute / 5) * 5 * TimeSpan.TicksPerMinute));

    /// <summary>
    /// The best <paramref name="count"/> slots 48 h apart (and 48 h after <paramref name="previousSession"/>):
    /// as many heavy slots as possible, then days after a quality run, then easy-run days (after a long run last),
    /// then the widest spacing.
    /// Fewer when fewer fit.
    /// </summary>
    public static IReadOnlyList<Slot> Choose(IReadOnlyList<Slot> candidates, int count, double? previousSession)
    {
        for (var n = Math.Min(count, candidates.Count); n > 0; n--)
        {
            IReadOnlyList<Slot>? best = null;
            var bestScore = double.MinValue;
            foreach (var combination in Combinations(candidates, n))
            {
                if (!Spaced(combination, previousSession))
                {
                    continue;
                }

                var score = Score(combination);
                if (score > bestScore)
                {
                    (best, bestScore) = (combination, score);
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return [];
    }

    private static bool Spaced(IReadOnlyList<Slot> slots, double? previous)
    {
        var last = previous ?? double.MinValue / 2;
        foreach (var slot in slots)
        {
            if (slot.Hour - last < MinHoursBetweenSessions)
            {
                return false;
            }

            last = slot.Hour;
        }

        return true;
    }

    private static double Score(IReadOnlyList<Slot> slots)
    {
        var minGap = slots.Count < 2 ? 0 : slots.Zip(slots.Skip(1), (a, b) => b.Hour - a.Hour).Min();
        return slots.Sum(s => (s.Kind == SlotKind.Heavy ? 100 : 0) + (s.AfterKeyRun ? 10 : 0) + (s.EasyRunDay ? 5 : 0) - (s.AfterLongRun ? 5 : 0)) + (minGap / 24);
    }

    /// <summary>Days without lifting after a race: a marathon takes longer to come back from than a 5K, an A race longer than a C.</summary>
    private static int RecoveryDays(Race race) => (race.Distance.Kilometers > 10.5, race.Priority == RacePriority.A) switch
    {
        (true, true) => 7,
        (true, false) => 4,
        (false, true) => 3,
        _ => 2,
    };

    private static double HoursToRace(PlanCalendar calendar, double hour, Func<Race, bool> which)
    {
        // Called for every day of the plan: a loop over the few races, without LINQ's allocations.
        var nearest = double.MaxValue;
        foreach (var race in calendar.Races)
        {
            var hours = calendar.HourOf(race) - hour;
            if (hours > 0 && hours < nearest && which(race))
            {
                nearest = hours;
            }
        }

        return nearest;
    }

    private static IEnumerable<IReadOnlyList<Slot>> Combinations(IReadOnlyList<Slot> items, int size)
    {
        var indexes = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return [.. indexes.Select(i => items[i])];
            var k = size - 1;
            while (k >= 0 && indexes[k] == items.Count - size + k)
            {
                k--;
            }

            if (k < 0)
            {
                yield break;
            }

            indexes[k]++;
            for (var j = k + 1; j < size; j++)
            {
                indexes[j] = indexes[j - 1] + 1;
            }
        }
    }
}
