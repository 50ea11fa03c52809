using System.Globalization;
using RunLift.English;
using RunLift.Formats.Reports;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>A printable plan a runner takes to the gym: the summary, how to progress, then week by week.</summary>
public static class PlanMarkdownWriter
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as Markdown.</summary>
    public static void Write(TrainingPlan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        var units = plan.Request.Units;
        var end = plan.Weeks.Count > 0 ? WeekEnd(plan, plan.Weeks.Count - 1) : plan.Request.Start;

        output.WriteLine($"# RunLift strength plan: {Day(plan.Request.Start)} to {Day(end)}");
        output.WriteLine();
        var perWeek = plan.Weeks.Select((w, i) => plan.Sessions.Count(s => s.Date >= w.Start && s.Date <= WeekEnd(plan, i))).ToList();
        output.WriteLine($"{Plural.Count(plan.Weeks.Count, "week")}, {plan.Sessions.Count} strength {Plural.Noun(plan.Sessions.Count, "session")}"
            + (perWeek.Count > 0 ? $" ({SessionsPerWeek(perWeek)} a week)." : "."));
        output.WriteLine();
        output.WriteLine("| phase | dates | weeks |");
        output.WriteLine("|---|---|---|");
        foreach (var (phase, from, to, weeks) in Phases(plan))
        {
            output.WriteLine($"| {PlanVocabulary.Phase(phase)} | {Day(from)} – {Day(to)} | {weeks} |");
        }

        foreach (var race in plan.Request.Races)
        {
            output.WriteLine();
            output.WriteLine($"Race: {MarkdownText.Escape(race.Name ?? PlanVocabulary.RaceDistance(race.Distance))} ({race.Priority}) on {Day(race.Date)}.");
        }

        output.WriteLine();
        // The planner's notes carry the rules for progressing and deloading, and whatever is particular to this plan.
        if (plan.Notes.Count > 0)
        {
            output.WriteLine("## How to use this plan");
            output.WriteLine();
            foreach (var note in plan.Notes)
            {
                output.WriteLine($"- {MarkdownText.Escape(note)}");
            }

            output.WriteLine();
        }

        for (var i = 0; i < plan.Weeks.Count; i++)
        {
            var week = plan.Weeks[i];
            var last = WeekEnd(plan, i);
            output.WriteLine();
            output.WriteLine($"## Week {i + 1}: {Day(week.Start)} – {Day(last)}, {PlanVocabulary.Phase(week.Phase)}{(week.Deload ? " (deload)" : "")}");
            var keyRuns = plan.Runs.Where(r => r.Date is { } d && d >= week.Start && d <= last && r.IsKey).ToList();
            if (keyRuns.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Key runs: " + string.Join("; ", keyRuns.Select(KeyRun)) + ".");
            }

            var sessions = plan.Sessions.Where(s => s.Date >= week.Start && s.Date <= last).ToList();
            if (sessions.Count == 0)
            {
                output.WriteLine();
                output.WriteLine("No strength session this week.");
            }

            foreach (var session in sessions)
            {
                Session(output, session, units);
            }
        }
    }

    /// <summary>The plan as Markdown text.</summary>
    public static string ToMarkdown(TrainingPlan plan)
    {
        using var output = new StringWriter();
        Write(plan, output);
        return output.ToString();
    }

    private static void Session(TextWriter output, PlannedSession session, MassUnit units)
    {
        output.WriteLine();
        output.WriteLine($"### {MarkdownText.Escape(session.Name)}: {session.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {session.Time}, about {(int)Math.Round(session.EstimatedDuration.TotalMinutes)} min");
        if (session.Note is { } note)
        {
            output.WriteLine();
            output.WriteLine(MarkdownText.Escape(note));
        }

        output.WriteLine();
        output.WriteLine("| exercise | sets × reps | load | rest |");
        output.WriteLine("|---|---|---|---|");
        foreach (var exercise in session.Exercises)
        {
            var name = MarkdownText.Escape(exercise.Exercise.Name);
            foreach (var (count, set) in PlanVocabulary.Groups(exercise.Sets))
            {
                var load = PlanVocabulary.LoadText(set, units) is { Length: > 0 } text ? MarkdownText.Escape(text) : "—";
                var rest = set.Rest is { } r ? PlanVocabulary.Duration(r) : "—";
                output.WriteLine($"| {name} | {count} × {PlanVocabulary.Reps(set)}{(set.Kind == SetKind.Warmup ? " warm-up" : "")} | {load} | {rest} |");
                name = "";
            }
        }
    }

    private static string KeyRun(Run run)
    {
        var text = $"{run.Date!.Value.ToString("ddd", CultureInfo.InvariantCulture)} {run.Kind.Name()}";
        if (run.Duration is { } duration)
        {
            text += " " + PlanVocabulary.Duration(duration);
        }

        return run.Time is { } time ? $"{text} {time}" : text;
    }

    private static List<(TrainingPhase Phase, DateOnly From, DateOnly To, int Weeks)> Phases(TrainingPlan plan)
    {
        var phases = new List<(TrainingPhase Phase, DateOnly From, DateOnly To, int Weeks)>();
        for (var i = 0; i < plan.Weeks.Count; i++)
        {
            var week = plan.Weeks[i];
            var to = WeekEnd(plan, i);
            if (phases.Count > 0 && phases[^1].Phase == week.Phase)
            {
                phases[^1] = (week.Phase, phases[^1].From, to, phases[^1].Weeks + 1);
            }
            else
            {
                phases.Add((week.Phase, week.Start, to, 1));
            }
        }

        return phases;
    }

    private static string SessionsPerWeek(List<int> perWeek)
    {
        var (low, high) = (perWeek.Min(), perWeek.Max());
        return low == high ? $"{low}" : $"{low}–{high}";
    }

    // A plan week is an ISO week (the first may start on any day of it): it ends on its Sunday.
    private static DateOnly WeekEnd(TrainingPlan plan, int index) => IsoWeek.SundayOf(plan.Weeks[index].Start);

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
