using RunLift.Training;

namespace RunLift.Formats.Routines;

/// <summary>A run written on one line, <c>KIND [DURATION] [am|pm|HH:MM]</c>: the running week's and a dated run's.</summary>
internal static class RunLine
{
    /// <summary>A clock time is a time of day here; durations take units.</summary>
    public static Run Read(Cursor c)
    {
        var kinds = RoutineChoices.RunKindNames;
        c.SkipSpaces();
        var at = c.Pos;
        var word = c.Letters(hyphens: true);
        var kind = Array.Find(kinds, k => Yaml.Normalize(k.Item1) == Yaml.Normalize(word));
        if (word.Length == 0 || kind.Item1 is null)
        {
            c.Pos = at;
            throw c.Error($"unknown kind of run {c.Token()}; expected one of: {string.Join(", ", kinds.Select(k => k.Item1))}");
        }

        var run = new Run(kind.Item2);
        c.SkipSpaces();
        if (char.IsAsciiDigit(c.Current) && !Quantities.IsClockAhead(c))
        {
            run = run with { Duration = Quantities.ReadDuration(c, "the run's duration") };
        }

        if (Quantities.TryTimeOfDay(c) is { } time)
        {
            run = run with { Time = time };
        }

        c.SkipSpaces();
        if (!c.AtEnd)
        {
            throw c.Error($"unexpected {c.Token()}: a run is KIND [DURATION] [am|pm|HH:MM], e.g. 'intervals 60min am'");
        }

        return run;
    }
}
