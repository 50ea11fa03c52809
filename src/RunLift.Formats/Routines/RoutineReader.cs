using RunLift.Progress;
using RunLift.Time;
using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// Reads the routine document of formats.md §1 (YAML; JSON is read by the same parser, being nearly a subset)
/// through YamlDotNet's representation model, which keeps each node's line and column for error messages.
/// </summary>
internal sealed class RoutineReader
{
    // A budget for the sets one document may expand to: YAML aliases can repeat a subtree many times over.
    private const int MaxTotalSets = 1_000_000;

    private static readonly (string, TrainingPhase)[] Phases =
    [
        ("adaptation", TrainingPhase.Adaptation), ("strength", TrainingPhase.Strength), ("power", TrainingPhase.Power),
        ("maintenance", TrainingPhase.Maintenance), ("taper", TrainingPhase.Taper), ("off-season", TrainingPhase.OffSeason),
    ];

    private static readonly (string, DayOfWeek)[] Weekdays =
    [
        ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("fri", DayOfWeek.Friday), ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
    ];

    private static readonly (string, RunKind)[] RunKindNames = [.. RunKinds.All.Select(k => (k.Name(), k))];

    private readonly Yaml yaml;
    private MassUnit units = MassUnit.Kilograms;
    private int totalSets;

    private RoutineReader(string file) => yaml = new Yaml(file);

    public static TrainingDocument Read(string file, string text)
    {
        var reader = new RoutineReader(file);
        var root = reader.yaml.Load(text)
            ?? throw new InputException(file, "is empty: expected a routine document (sessions, running, races...) or a Hevy/Strong CSV export");
        return reader.Document(root);
    }

    /// <summary>Reads a document already loaded by <paramref name="yaml"/>: a plan request shares the routine's sections.</summary>
    public static TrainingDocument Read(Yaml yaml, YamlNode root) => new RoutineReader(yaml.File).Document(root);

    private TrainingDocument Document(YamlNode rootNode)
    {
        if (rootNode is not YamlMappingNode root)
        {
            throw yaml.Error(rootNode, rootNode is YamlScalarNode
                ? "not a routine document, a Hevy CSV or a Strong CSV: expected keys such as 'sessions:' or a CSV header"
                : "expected a routine document (keys such as 'sessions:'), found a list");
        }

        var entries = yaml.Entries(root, "the routine", "name", "units", "athlete", "phase", "running", "runs", "races", "sessions", "weeks", "notes", "plan");

        // Bare numbers anywhere depend on the units, so they are read first wherever they are written.
        foreach (var (key, _, value) in entries)
        {
            if (key == "units")
            {
                units = yaml.Choice(value, "unit", ("kg", MassUnit.Kilograms), ("lb", MassUnit.Pounds), ("lbs", MassUnit.Pounds));
            }
        }

        var document = new TrainingDocument { Units = units };
        foreach (var (key, _, value) in entries)
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            document = key switch
            {
                "name" => document with { Name = yaml.Text(value, "the routine's name") },
                "athlete" => document with { Athlete = Athlete(value) },
                "phase" => document with { Phase = yaml.Choice(value, "phase", Phases) },
                "running" => document with { RunningWeek = RunningWeek(value) },
                "runs" => document with { Runs = DatedRuns(value) },
                "races" => document with { Races = Races(value) },
                "sessions" => document with { Sessions = Sessions(value) },

                // "weeks" and "notes" are a plan's week list and advice, "plan" a plan request: the planner's to read.
                _ => document,
            };
        }

        return document;
    }

    private Athlete Athlete(YamlNode node)
    {
        var athlete = new Athlete();
        foreach (var (key, _, value) in yaml.Entries(yaml.Mapping(node, "the athlete"), "athlete", "experience", "bodyweight", "rehab", "injury", "timezone", "maxes"))
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            athlete = key switch
            {
                "experience" => athlete with
                {
                    Experience = yaml.Choice(value, "experience", ("new", Experience.New), ("novice", Experience.Novice), ("intermediate", Experience.Intermediate), ("advanced", Experience.Advanced)),
                },
                "bodyweight" => athlete with { Bodyweight = Mass(value, "the bodyweight") },
                "rehab" => athlete with { Rehab = yaml.Boolean(value, "rehab") },
                "injury" => athlete with { Injury = Injury(value) },
                "timezone" => athlete with { TimeZone = Zone(value) },
                _ => athlete with { Maxes = Maxes(value) },
            };
        }

        return athlete;
    }

    private InjurySite Injury(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "the injury");
        return InjurySites.TryParse(yaml.Text(scalar, "the injury"), out var site)
            ? site
            : throw yaml.Error(scalar, $"unknown injury site '{scalar.Value}': use one of {InjurySites.Choices}");
    }

    private TimeZoneInfo Zone(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "the time zone");
        return IanaTimeZones.TryFind(yaml.Text(scalar, "the time zone"), out var zone)
            ? zone
            : throw yaml.Error(scalar, $"unknown time zone '{scalar.Value}': use an IANA name such as {IanaTimeZones.Example} or America/Los_Angeles");
    }

    private List<KnownMax> Maxes(YamlNode node)
    {
        var maxes = new List<KnownMax>();
        foreach (var (keyNode, value) in yaml.Mapping(node, "the maxes (Exercise: 100 kg)").Children)
        {
            var name = yaml.Text(keyNode, "an exercise name");
            var scalar = yaml.Scalar(value, $"the max of {name}");
            var text = yaml.Text(scalar, $"the max of {name} (100 kg, or a recent set like 5 x 110 kg)");
            var c = new Cursor(text, yaml.TextSpot(scalar));
            c.SkipSpaces();
            var start = c.Pos;
            if (!c.TryNumber(out var first))
            {
                throw c.Error($"expected a 1RM (100 kg) or a recent set (5 x 110 kg), found {c.Token()}");
            }

            c.SkipSpaces();
            Load max;
            if (c.Current is 'x' or 'X' or '×')
            {
                if (first != Math.Floor(first) || first < 1 || first > OneRepMax.ReliableReps)
                {
                    throw c.Error(start, $"estimate a max from a set of 1 to {OneRepMax.ReliableReps} reps; beyond that the estimate is unreliable");
                }

                c.Pos++;
                var load = Quantities.ReadMass(c, units, "the set's load");
                // Read as a rep max on the RTS table the planner prescribes from: 5 x 100 kg comes back as 5 reps at RPE 10.
                max = OneRepMax.FromTable(load, (int)first);
            }
            else
            {
                c.Pos = start;
                max = Quantities.ReadMass(c, units, "the max");
            }

            c.ExpectEnd($"the max of {name}");
            maxes.Add(new KnownMax(name, max));
        }

        return maxes;
    }

    private List<Run> RunningWeek(YamlNode node)
    {
        var week = new List<Run>();
        foreach (var (keyNode, value) in yaml.Mapping(node, "the running week (mon: easy 40min)").Children)
        {
            var day = yaml.Choice(keyNode, "weekday", Weekdays);
            if (Yaml.IsNull(value))
            {
                continue;
            }

            // Two runs on one day are written as a list.
            var items = value is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[value];
            foreach (var item in items)
            {
                var scalar = yaml.Scalar(item, "a run (easy 40min am)");
                var c = new Cursor(yaml.Text(scalar, "a run (easy 40min am)"), yaml.TextSpot(scalar));
                week.Add(ReadRun(c) with { Day = day });
            }
        }

        return week;
    }

    private List<Run> DatedRuns(YamlNode node)
    {
        var runs = new List<Run>();
        foreach (var item in yaml.Sequence(node, "the dated runs").Children)
        {
            if (item is YamlMappingNode mapping)
            {
                runs.Add(DatedRunMapping(mapping));
                continue;
            }

            var scalar = yaml.Scalar(item, "a dated run (2026-12-08 intervals 60min am)");
            var text = yaml.Text(scalar, "a dated run (2026-12-08 intervals 60min am)");
            var spot = yaml.TextSpot(scalar);
            var c = new Cursor(text, spot);
            c.SkipSpaces();
            var dateAt = c.Pos;
            while (!c.AtEnd && !char.IsWhiteSpace(c.Current))
            {
                c.Pos++;
            }

            var date = Quantities.Date(text[dateAt..c.Pos], spot with { Column = spot.Column + dateAt });
            runs.Add(ReadRun(c) with { Date = date, Basis = RunKindBasis.Typed });
        }

        return runs;
    }

    private Run DatedRunMapping(YamlMappingNode mapping)
    {
        DateOnly? date = null;
        Run? run = null;
        TimeSpan? duration = null;
        TimeOfDay? time = null;
        foreach (var (key, _, value) in yaml.Entries(mapping, "a run", "date", "kind", "duration", "time"))
        {
            switch (key)
            {
                case "date":
                    date = Date(value);
                    break;
                case "kind":
                    run = new Run(yaml.Choice(value, "kind of run", RunKindNames)) { Basis = RunKindBasis.Typed };
                    break;
                case "duration":
                    duration = Duration(value, "the run's duration");
                    break;
                default:
                    time = TimeOf(value);
                    break;
            }
        }

        if (date is null || run is null)
        {
            throw yaml.Error(mapping, "a dated run needs a date and a kind");
        }

        return run with { Date = date, Duration = duration, Time = time };
    }

    /// <summary><c>KIND [DURATION] [am|pm|HH:MM]</c>. A clock time is a time of day here; durations take units.</summary>
    private static Run ReadRun(Cursor c)
    {
        c.SkipSpaces();
        var at = c.Pos;
        var word = c.Letters(hyphens: true);
        var kind = Array.Find(RunKindNames, k => Yaml.Normalize(k.Item1) == Yaml.Normalize(word));
        if (word.Length == 0 || kind.Item1 is null)
        {
            c.Pos = at;
            throw c.Error($"unknown kind of run {c.Token()}; expected one of: {string.Join(", ", RunKindNames.Select(k => k.Item1))}");
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

    private List<Race> Races(YamlNode node)
    {
        var races = new List<Race>();
        foreach (var item in yaml.Sequence(node, "the races").Children)
        {
            var mapping = yaml.Mapping(item, "a race (date, distance, priority)");
            DateOnly? date = null;
            Distance? distance = null;
            RacePriority? priority = null;
            string? name = null;
            foreach (var (key, _, value) in yaml.Entries(mapping, "a race", "date", "distance", "priority", "name"))
            {
                switch (key)
                {
                    case "date":
                        date = Date(value);
                        break;
                    case "distance":
                        var scalar = yaml.Scalar(value, "the race distance");
                        distance = Quantities.RaceDistance(yaml.Text(scalar, "the race distance"), yaml.TextSpot(scalar));
                        break;
                    case "priority":
                        priority = yaml.Choice(value, "race priority", ("A", RacePriority.A), ("B", RacePriority.B), ("C", RacePriority.C));
                        break;
                    default:
                        name = yaml.Text(value, "the race's name");
                        break;
                }
            }

            if (date is null || distance is null || priority is null)
            {
                var missing = date is null ? "date" : distance is null ? "distance" : "priority (A, B or C)";
                throw yaml.Error(mapping, $"a race needs a {missing}");
            }

            races.Add(new Race(date.Value, distance.Value, priority.Value) { Name = name });
        }

        return races;
    }

    private List<TrainingSession> Sessions(YamlNode node)
    {
        var sessions = new List<TrainingSession>();
        foreach (var item in yaml.Sequence(node, "the sessions").Children)
        {
            sessions.Add(Session(yaml.Mapping(item, "a session (name, day or date, exercises)"), sessions.Count + 1));
        }

        return sessions;
    }

    private TrainingSession Session(YamlMappingNode mapping, int number)
    {
        var session = new TrainingSession { Name = $"Session {number}" };
        YamlNode? dayKey = null;
        YamlNode? dateKey = null;
        foreach (var (key, keyNode, value) in yaml.Entries(mapping, "a session", "name", "day", "date", "time", "phase", "duration", "exercises", "estimated-minutes", "note"))
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            switch (key)
            {
                case "name":
                    session = session with { Name = yaml.Text(value, "the session's name") };
                    break;
                case "day":
                    dayKey = keyNode;
                    session = session with { Day = yaml.Choice(value, "weekday", Weekdays) };
                    break;
                case "date":
                    dateKey = keyNode;
                    session = session with { Date = Date(value) };
                    break;
                case "time":
                    session = session with { Time = TimeOf(value) };
                    break;
                case "phase":
                    session = session with { Phase = yaml.Choice(value, "phase", Phases) };
                    break;
                case "duration":
                    session = session with { Duration = Duration(value, "the session's duration") };
                    break;
                case "exercises":
                    session = session with { Exercises = Exercises(value) };
                    break;
                case "note":
                    // Why a plan's session differs from the usual; advice for the runner, not training data.
                    yaml.Text(value, "the session's note");
                    break;
                default:
                    // A plan's own estimate; the auditor makes its own when Duration is absent.
                    yaml.Number(value, "the estimated minutes", 0, 24 * 60);
                    break;
            }
        }

        if (dayKey is not null && dateKey is not null)
        {
            throw yaml.Error(dateKey, "a session has a day (weekly routine) or a date (log or plan), not both");
        }

        if (dayKey is null && dateKey is null)
        {
            throw yaml.Error(mapping, $"session '{session.Name}' needs a day (mon..sun) or a date (YYYY-MM-DD)");
        }

        return session;
    }

    private List<ExerciseEntry> Exercises(YamlNode node)
    {
        var exercises = new List<ExerciseEntry>();
        foreach (var item in yaml.Sequence(node, "the exercises").Children)
        {
            var origin = $"{yaml.File}:{yaml.SpotOf(item).Line}";
            ExerciseEntry entry;
            if (item is YamlMappingNode mapping)
            {
                entry = LongForm(mapping, origin);
            }
            else
            {
                var scalar = yaml.Scalar(item, "an exercise (Back Squat 4x5 @ 80%)");
                entry = Prescription.Parse(yaml.Text(scalar, "an exercise (Back Squat 4x5 @ 80%)"), yaml.TextSpot(scalar), units, origin);
            }

            totalSets += entry.Sets.Count;
            if (totalSets > MaxTotalSets)
            {
                throw yaml.Error(item, $"more than {MaxTotalSets:N0} sets in one document");
            }

            exercises.Add(entry);
        }

        return exercises;
    }

    private ExerciseEntry LongForm(YamlMappingNode mapping, string origin)
    {
        string? name = null;
        string? superset = null;
        List<TrainingSet>? sets = null;
        foreach (var (key, _, value) in yaml.Entries(mapping, "an exercise", "exercise", "name", "sets", "superset", "id", "pattern"))
        {
            switch (key)
            {
                case "exercise" or "name":
                    name = yaml.Text(value, "the exercise's name");
                    break;
                case "superset":
                    superset = yaml.Text(value, "the superset group");
                    break;
                case "sets":
                    sets = [];
                    foreach (var set in yaml.Sequence(value, "the sets, one per set").Children)
                    {
                        sets.Add(LongFormSet(yaml.Mapping(set, "a set ({ reps: 5, load: 100 kg })")));
                    }

                    break;
                default:
                    // The catalog id and pattern a plan writes; the auditor resolves the name itself.
                    yaml.Scalar(value, key);
                    break;
            }
        }

        if (name is null)
        {
            throw yaml.Error(mapping, "an exercise in the long form needs 'exercise: NAME'");
        }

        if (sets is null || sets.Count == 0)
        {
            throw yaml.Error(mapping, $"'{name}' needs 'sets:', a list with one entry per set");
        }

        return new ExerciseEntry(name, sets) { Origin = origin, Superset = superset };
    }

    private TrainingSet LongFormSet(YamlMappingNode mapping)
    {
        var set = new TrainingSet();
        YamlNode? repsNode = null;
        (YamlNode Node, int Value)? repsMax = null;
        foreach (var (key, _, value) in yaml.Entries(
            mapping, "a set", "reps", "load", "rest", "rest-seconds", "rpe", "rir", "duration", "duration-seconds", "reps-max", "distance", "to-failure", "warmup", "kind", "amrap", "per-side"))
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            switch (key)
            {
                case "reps":
                    repsNode = value;
                    var repsScalar = yaml.Scalar(value, "reps");
                    var c = new Cursor(yaml.Text(repsScalar, "reps"), yaml.TextSpot(repsScalar));
                    var reps = Prescription.ReadReps(c);
                    c.ExpectEnd("the reps");
                    set = set with
                    {
                        Reps = reps.Reps, RepsMax = reps.RepsMax, Amrap = set.Amrap || reps.Amrap, Duration = reps.Duration ?? set.Duration,
                        Distance = reps.Distance ?? set.Distance, PerSide = set.PerSide || reps.PerSide,
                    };
                    break;
                case "load":
                    set = value is YamlMappingNode loadMapping ? LoadMapping(loadMapping, set) : LoadText(value, set);
                    break;
                case "rest":
                    set = set with { Rest = Duration(value, "the rest") };
                    break;
                case "restseconds":
                    set = set with { Rest = TimeSpan.FromSeconds(yaml.Number(value, "the rest in seconds", 0, 24 * 3600)) };
                    break;
                case "rpe":
                    var rpe = yaml.Number(value, "RPE", 1, 10);
                    set = set with { Rpe = Rpe.Of(rpe), ToFailure = set.ToFailure || rpe >= 10 };
                    break;
                case "rir":
                    var rir = yaml.Integer(value, "RIR", 0, 10);
                    set = set with { RepsInReserve = rir, ToFailure = set.ToFailure || rir == 0 };
                    break;
                case "duration":
                    set = set with { Duration = Duration(value, "the set's duration") };
                    break;
                case "durationseconds":
                    set = set with { Duration = TimeSpan.FromSeconds(yaml.Number(value, "the set's duration in seconds", 0, 24 * 3600)) };
                    break;
                case "repsmax":
                    repsMax = (value, yaml.Integer(value, "the top of the rep range", 1, 1000));
                    break;
                case "distance":
                    var distanceScalar = yaml.Scalar(value, "the distance");
                    var dc = new Cursor(yaml.Text(distanceScalar, "the distance"), yaml.TextSpot(distanceScalar));
                    dc.SkipSpaces();
                    if (!dc.TryNumber(out var amount) || amount <= 0 || Quantities.TryDistanceUnit(dc, amount) is not { } distance)
                    {
                        throw yaml.Error(value, "expected a distance such as 20 m or 50 yd");
                    }

                    dc.ExpectEnd("the distance");
                    set = set with { Distance = distance };
                    break;
                case "tofailure":
                    set = set with { ToFailure = set.ToFailure || yaml.Boolean(value, "to-failure") };
                    break;
                case "warmup":
                    set = yaml.Boolean(value, "warmup") ? set with { Kind = SetKind.Warmup } : set;
                    break;
                case "kind":
                    set = set with { Kind = yaml.Choice(value, "kind of set", ("working", SetKind.Working), ("warmup", SetKind.Warmup), ("drop", SetKind.Drop)) };
                    break;
                case "amrap":
                    set = set with { Amrap = yaml.Boolean(value, "amrap") };
                    break;
                default:
                    set = set with { PerSide = yaml.Boolean(value, "per-side") };
                    break;
            }
        }

        if (set.Reps is null && set.Duration is null && set.Distance is null && !set.Amrap)
        {
            throw yaml.Error(repsNode ?? mapping, "a set needs reps, a duration or a distance");
        }

        // The JSON long form writes a rep range as "reps" and "repsMax" numbers.
        if (repsMax is (var maxNode, var max))
        {
            if (set.Reps is not { } low || max < low)
            {
                throw yaml.Error(maxNode, $"repsMax ends a rep range that starts at reps, so it needs reps no higher than {max}");
            }

            set = set with { RepsMax = max };
        }

        return set;
    }

    private TrainingSet LoadText(YamlNode node, TrainingSet set)
    {
        var scalar = yaml.Scalar(node, "a load");
        var c = new Cursor(yaml.Text(scalar, "a load"), yaml.TextSpot(scalar));
        set = Prescription.ReadLoads(c, set, units, "'load:'");
        c.ExpectEnd("the load");
        return set;
    }

    /// <summary>The JSON long form's load: <c>{ "kg", "lb", "percent1RM", "rpe", "rir", "bodyweight" }</c>.</summary>
    private TrainingSet LoadMapping(YamlMappingNode mapping, TrainingSet set)
    {
        foreach (var (key, _, value) in yaml.Entries(mapping, "a load", "kg", "lb", "percent1RM", "rpe", "rir", "bodyweight", "assisted"))
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            set = key switch
            {
                "kg" => set with { Load = Load.FromKilograms(Math.Round(yaml.Number(value, "the load in kg", 0, 1000), 3)) },
                "lb" => set with { Load = Load.FromPounds(Math.Round(yaml.Number(value, "the load in lb", 0, 2200), 3)) },
                "percent1rm" => set with { PercentOneRepMax = yaml.Number(value, "the percentage of 1RM", 1, 120) },
                "rpe" => set with { Rpe = Rpe.Of(yaml.Number(value, "RPE", 1, 10)) },
                "rir" => set with { RepsInReserve = yaml.Integer(value, "RIR", 0, 10) },
                "bodyweight" => set with { Bodyweight = yaml.Boolean(value, "bodyweight") },
                _ => set with { Assisted = yaml.Boolean(value, "assisted") },
            };
        }

        return set with { ToFailure = set.ToFailure || set.Rpe?.Value >= 10 || set.RepsInReserve == 0 };
    }

    private Load Mass(YamlNode node, string what)
    {
        var scalar = yaml.Scalar(node, what);
        return Quantities.Mass(yaml.Text(scalar, what), yaml.TextSpot(scalar), units, what);
    }

    private TimeSpan Duration(YamlNode node, string what)
    {
        var scalar = yaml.Scalar(node, what);
        return Quantities.Duration(yaml.Text(scalar, what), yaml.TextSpot(scalar), what);
    }

    private DateOnly Date(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "a date");
        return Quantities.Date(yaml.Text(scalar, "a date (YYYY-MM-DD)"), yaml.TextSpot(scalar));
    }

    private TimeOfDay TimeOf(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "a time of day");
        return Quantities.TimeOfDayOf(yaml.Text(scalar, "a time of day (am, pm or HH:MM)"), yaml.TextSpot(scalar));
    }
}
