using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// The document's <c>sessions:</c>: each a name, a weekday or a date, and its exercises, written short
/// (<c>Back Squat 4x5 @ 80%</c>, see <see cref="Prescription"/>) or long (a name and one entry per set).
/// </summary>
internal static class SessionsSection
{
    private static readonly SectionKeys<SessionFields> Keys = new(
        "a session",
        EmptyValues.Skipped,
        ("name", (c, s, _, value) => s with { Session = s.Session with { Name = c.Yaml.Text(value, "the session's name") } }),
        ("day", (c, s, keyNode, value) => s with
        {
            DayKey = keyNode, Session = s.Session with { Day = c.Yaml.Choice(value, "weekday", RoutineChoices.Weekdays) },
        }),
        ("date", (c, s, keyNode, value) => s with { DateKey = keyNode, Session = s.Session with { Date = c.Date(value) } }),
        ("time", (c, s, _, value) => s with { Session = s.Session with { Time = c.TimeOf(value) } }),
        ("phase", (c, s, _, value) => s with { Session = s.Session with { Phase = c.Yaml.Choice(value, "phase", RoutineChoices.Phases) } }),
        ("duration", (c, s, _, value) => s with { Session = s.Session with { Duration = c.Duration(value, "the session's duration") } }),
        ("exercises", (c, s, _, value) => s with { Session = s.Session with { Exercises = Exercises(c, value) } }),
        ("estimated-minutes", (c, s, _, value) =>
        {
            // A plan's own estimate; the auditor makes its own when Duration is absent.
            c.Yaml.Number(value, "the estimated minutes", 0, 24 * 60);
            return s;
        }),
        ("note", (c, s, _, value) =>
        {
            // Why a plan's session differs from the usual; advice for the runner, not training data.
            c.Yaml.Text(value, "the session's note");
            return s;
        }));

    private static readonly SectionKeys<ExerciseFields> ExerciseKeys = new(
        "an exercise",
        EmptyValues.Read,
        ("exercise", (c, e, _, value) => e with { Name = c.Yaml.Text(value, "the exercise's name") }),
        ("name", (c, e, _, value) => e with { Name = c.Yaml.Text(value, "the exercise's name") }),
        ("sets", (c, e, _, value) => e with { Sets = Sets(c, value) }),
        ("superset", (c, e, _, value) => e with { Superset = c.Yaml.Text(value, "the superset group") }),

        // The catalog id and pattern a plan writes; the auditor resolves the name itself.
        ("id", (c, e, _, value) =>
        {
            c.Yaml.Scalar(value, "id");
            return e;
        }),
        ("pattern", (c, e, _, value) =>
        {
            c.Yaml.Scalar(value, "pattern");
            return e;
        }));

    public static List<TrainingSession> Read(RoutineContext context, YamlNode node)
    {
        var sessions = new List<TrainingSession>();
        foreach (var item in context.Yaml.Sequence(node, "the sessions").Children)
        {
            sessions.Add(Session(context, context.Yaml.Mapping(item, "a session (name, day or date, exercises)"), sessions.Count + 1));
        }

        return sessions;
    }

    private static TrainingSession Session(RoutineContext context, YamlMappingNode mapping, int number)
    {
        var (session, dayKey, dateKey) = Keys.Read(context, mapping, new SessionFields(new TrainingSession { Name = $"Session {number}" }, null, null));
        if (dayKey is not null && dateKey is not null)
        {
            throw context.Yaml.Error(dateKey, "a session has a day (weekly routine) or a date (log or plan), not both");
        }

        if (dayKey is null && dateKey is null)
        {
            throw context.Yaml.Error(mapping, $"session '{session.Name}' needs a day (mon..sun) or a date (YYYY-MM-DD)");
        }

        return session;
    }

    private static List<ExerciseEntry> Exercises(RoutineContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var exercises = new List<ExerciseEntry>();
        foreach (var item in yaml.Sequence(node, "the exercises").Children)
        {
            var origin = $"{yaml.File}:{yaml.SpotOf(item).Line}";
            ExerciseEntry entry;
            if (item is YamlMappingNode mapping)
            {
                entry = LongForm(context, mapping, origin);
            }
            else
            {
                var scalar = yaml.Scalar(item, "an exercise (Back Squat 4x5 @ 80%)");
                entry = Prescription.Parse(yaml.Text(scalar, "an exercise (Back Squat 4x5 @ 80%)"), yaml.TextSpot(scalar), context.Units, origin);
            }

            context.CountSets(item, entry.Sets.Count);
            exercises.Add(entry);
        }

        return exercises;
    }

    private static ExerciseEntry LongForm(RoutineContext context, YamlMappingNode mapping, string origin)
    {
        var (name, superset, sets) = ExerciseKeys.Read(context, mapping, default);
        if (name is null)
        {
            throw context.Yaml.Error(mapping, "an exercise in the long form needs 'exercise: NAME'");
        }

        if (sets is null || sets.Count == 0)
        {
            throw context.Yaml.Error(mapping, $"'{name}' needs 'sets:', a list with one entry per set");
        }

        return new ExerciseEntry(name, sets) { Origin = origin, Superset = superset };
    }

    private static List<TrainingSet> Sets(RoutineContext context, YamlNode node)
    {
        var sets = new List<TrainingSet>();
        foreach (var set in context.Yaml.Sequence(node, "the sets, one per set").Children)
        {
            sets.Add(SetReader.Read(context, context.Yaml.Mapping(set, "a set ({ reps: 5, load: 100 kg })")));
        }

        return sets;
    }

    private readonly record struct SessionFields(TrainingSession Session, YamlNode? DayKey, YamlNode? DateKey);

    private readonly record struct ExerciseFields(string? Name, string? Superset, List<TrainingSet>? Sets);
}
