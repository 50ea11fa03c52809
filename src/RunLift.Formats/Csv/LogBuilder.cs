using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// Gathers the rows of an export (one row per set) into sessions and exercises. A row joins the previous
/// exercise of its session when the exercise is the same and its set number goes on; otherwise it starts a
/// new entry, so an exercise done twice in one workout stays two entries.
/// </summary>
internal sealed class LogBuilder(string file)
{
    private readonly List<SessionDraft> sessions = [];
    private readonly Dictionary<(string Key, string Title), SessionDraft> byKey = [];
    private SessionDraft? last;

    public int Sessions => sessions.Count;

    /// <summary>The session of a row; <paramref name="created"/> tells the caller to fill in its date and length.</summary>
    public SessionDraft Session(string key, string title, out bool created)
    {
        created = false;
        if (last is not null && last.Key == key && last.Title == title)
        {
            return last;
        }

        if (!byKey.TryGetValue((key, title), out var session))
        {
            session = new SessionDraft(key, title);
            byKey.Add((key, title), session);
            sessions.Add(session);
            created = true;
        }

        last = session;
        return session;
    }

    /// <summary>Adds a set; <paramref name="category"/> is the app's own category for the exercise (FitNotes' <c>Category</c>).</summary>
    public void Add(SessionDraft session, string exercise, string? superset, int setIndex, TrainingSet set, int line, string? category = null)
    {
        var exercises = session.Exercises;
        if (exercises.Count > 0)
        {
            var current = exercises[^1];
            if (current.Name == exercise && current.Superset == superset && current.Category == category && (setIndex < 0 || setIndex > current.LastSetIndex))
            {
                current.Sets.Add(set);
                current.LastSetIndex = setIndex;
                return;
            }
        }

        var draft = new ExerciseDraft(exercise, superset, $"{file}:{line}") { LastSetIndex = setIndex, Category = category };
        draft.Sets.Add(set);
        exercises.Add(draft);
    }

    /// <summary>The sessions in time order (exports list the newest first).</summary>
    public List<TrainingSession> Build()
    {
        var built = new List<TrainingSession>(sessions.Count);
        foreach (var s in sessions)
        {
            // A session every row of which was bad (and skipped) holds nothing.
            if (s.Exercises.Count == 0)
            {
                continue;
            }

            var exercises = new List<ExerciseEntry>(s.Exercises.Count);
            foreach (var e in s.Exercises)
            {
                exercises.Add(new ExerciseEntry(e.Name, e.Sets.ToArray()) { Superset = e.Superset, Origin = e.Origin, Category = e.Category });
            }

            built.Add(new TrainingSession
            {
                Name = s.Title,
                Date = s.Date,
                Time = s.Time,
                Duration = s.Duration,
                Exercises = exercises,
            });
        }

        // Stable: sessions at the same moment keep the file's order.
        return [.. built.OrderBy(s => s.Date).ThenBy(s => s.Time?.Time)];
    }
}

internal sealed class SessionDraft(string key, string title)
{
    public string Key => key;

    public string Title => title;

    public DateOnly? Date { get; set; }

    public TimeOfDay? Time { get; set; }

    public TimeSpan? Duration { get; set; }

    public List<ExerciseDraft> Exercises { get; } = [];
}

internal sealed class ExerciseDraft(string name, string? superset, string origin)
{
    public string Name => name;

    public string? Superset => superset;

    public string Origin => origin;

    public int LastSetIndex { get; set; }

    public string? Category { get; init; }

    public List<TrainingSet> Sets { get; } = [];
}
