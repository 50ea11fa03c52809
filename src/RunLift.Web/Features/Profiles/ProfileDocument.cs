using System.Globalization;
using System.Text.Json;
using RunLift.Catalog;
using RunLift.Data.Profiles;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Profiles;

/// <summary>
/// A profile as the API sends and receives it (and the profile page edits it): words where the database keeps
/// enums, so that a wrong word is a 400 naming its field rather than a JSON error. Loads are in kilograms.
/// </summary>
internal sealed record ProfileDocument
{
    public const double MinBodyweightKg = 20;
    public const double MaxBodyweightKg = 400;
    public const double MaxOneRepMaxKg = 600;
    public const int MaxSessionMinutesLimit = 240;
    public const int MaxRunsPerWeek = 21;
    public const int MaxMaxes = 30;
    public const int MinMaxHeartRate = 100;
    public const int MaxMaxHeartRate = 250;

    public static readonly string[] Experiences = ["new", "novice", "intermediate", "advanced"];
    public static readonly string[] UnitNames = ["kg", "lb"];
    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    public static readonly string[] RunKindNames = [.. RunKinds.OfRuns.Select(k => k.Name())];

    public string Experience { get; init; } = "novice";

    public double? BodyweightKg { get; init; }

    public string Units { get; init; } = "kg";

    public bool Rehab { get; init; }

    /// <summary>The injured site's name (<c>lower-back</c>), or null; kept while rehab is off, planned around only while it is on.</summary>
    public string? Injury { get; init; }

    /// <summary>
    /// The athlete's IANA time zone (<c>Pacific/Auckland</c>): their today, weeks and plan starts. Null in a PUT keeps
    /// the stored one (a client that does not know the field cannot lose it); null in a GET: none yet, days are UTC's.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// The athlete's highest heart rate (100–250 bpm), or null: with it, a run that recorded an average heart rate is
    /// loaded by its share of the maximum rather than by its kind. Null in a PUT clears it, as for the bodyweight.
    /// </summary>
    public int? MaxHeartRate { get; init; }

    public int MaxSessionMinutes { get; init; } = PlanRequest.DefaultSessionMinutes;

    public int? SessionsPerWeek { get; init; }

    public IReadOnlyList<string> Equipment { get; init; } = [.. EquipmentSets.FullGym.Order().Select(EquipmentSets.NameOf)];

    public IReadOnlyList<MaxDocument> Maxes { get; init; } = [];

    public IReadOnlyList<RunDocument> RunningWeek { get; init; } = [];

    public static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static ProfileDocument From(Profile profile) => new()
    {
        Experience = Kebab(profile.Experience),
        BodyweightKg = profile.BodyweightKg,
        Units = profile.Units == MassUnit.Pounds ? "lb" : "kg",
        Rehab = profile.Rehab,
        Injury = profile.Injury?.Name(),
        TimeZone = profile.TimeZone,
        MaxHeartRate = profile.MaxHeartRate,
        MaxSessionMinutes = profile.MaxSessionMinutes,
        SessionsPerWeek = profile.SessionsPerWeek,
        Equipment = [.. profile.Equipment.Distinct().Order().Select(EquipmentSets.NameOf)],
        Maxes = [.. profile.Maxes.Select(m => new MaxDocument(m.Exercise, m.OneRepMaxKg))],
        RunningWeek = [.. profile.RunningWeek
            .OrderBy(r => ((int)r.Day + 6) % 7)
            .Select(r => new RunDocument(Kebab(r.Day), r.Kind.Name(), r.Minutes, r.Time))],
    };

    /// <summary>Each field that is wrong, with why (camelCase paths such as <c>maxes[0].exercise</c>); empty when valid.</summary>
    public Dictionary<string, string[]> Validate(ExerciseCatalog catalog)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        if (!Experiences.Contains(Experience))
        {
            Add("experience", $"must be one of: {string.Join(", ", Experiences)}");
        }

        if (BodyweightKg is { } bodyweight && (!double.IsFinite(bodyweight) || bodyweight < MinBodyweightKg || bodyweight > MaxBodyweightKg))
        {
            Add("bodyweightKg", $"must be between {MinBodyweightKg} and {MaxBodyweightKg} kg");
        }

        if (!UnitNames.Contains(Units))
        {
            Add("units", "must be kg or lb");
        }

        if (Injury is not null && !InjurySites.TryParse(Injury, out _))
        {
            Add("injury", $"unknown injury site '{Injury}'; expected one of: {InjurySites.Choices}, or null for none");
        }

        if (TimeZone is not null && !IanaTimeZones.IsKnown(TimeZone))
        {
            Add("timeZone", $"unknown time zone '{TimeZone}'; expected an IANA name such as {IanaTimeZones.Example} or America/Los_Angeles");
        }

        if (MaxHeartRate is < MinMaxHeartRate or > MaxMaxHeartRate)
        {
            Add("maxHeartRate", $"must be between {MinMaxHeartRate} and {MaxMaxHeartRate} beats a minute, or null when you do not know it");
        }

        if (MaxSessionMinutes is < PlanRequest.MinSessionMinutes or > MaxSessionMinutesLimit)
        {
            Add("maxSessionMinutes", $"must be between {PlanRequest.MinSessionMinutes} (a whole-body session needs that long) and {MaxSessionMinutesLimit}");
        }

        if (SessionsPerWeek is < 1 or > 3)
        {
            Add("sessionsPerWeek", "must be 1, 2 or 3 (runners do best on 2–3 strength sessions a week), or null to let the planner choose");
        }

        if (Equipment is null)
        {
            Add("equipment", "is required: list the equipment you have, or [] for bodyweight only");
        }
        else
        {
            for (var i = 0; i < Equipment.Count; i++)
            {
                if (Equipment[i] is not { } name || !EquipmentSets.Names.ContainsKey(name.Trim()))
                {
                    Add($"equipment[{i}]", $"unknown equipment '{Equipment[i]}'; expected one of: {string.Join(", ", Enum.GetValues<Equipment>().Select(EquipmentSets.NameOf))}");
                }
            }
        }

        ValidateMaxes(catalog, Add);
        ValidateRunningWeek(Add);
        return errors;
    }

    private void ValidateMaxes(ExerciseCatalog catalog, Action<string, string> add)
    {
        if (Maxes is null)
        {
            add("maxes", "is required: [] when you know none");
            return;
        }

        if (Maxes.Count > MaxMaxes)
        {
            add("maxes", $"at most {MaxMaxes}");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Maxes.Count; i++)
        {
            var max = Maxes[i];
            if (max is null || string.IsNullOrWhiteSpace(max.Exercise))
            {
                add($"maxes[{i}].exercise", "is required");
                continue;
            }

            var resolved = catalog.Resolve(max.Exercise.Trim());
            if (max.Exercise.Length > 200 || !resolved.IsKnown)
            {
                var closest = resolved.Closest.Count > 0 ? $"; did you mean {string.Join(", ", resolved.Closest.Select(e => e.Name))}?" : "";
                add($"maxes[{i}].exercise", $"'{max.Exercise}' is not in the exercise catalog{closest}");
            }
            else if (seen.TryGetValue(resolved.Exercise.Id, out var first))
            {
                add($"maxes[{i}].exercise", $"{resolved.Exercise.Name} is already given at maxes[{first}]");
            }
            else
            {
                seen[resolved.Exercise.Id] = i;
            }

            if (!double.IsFinite(max.OneRepMaxKg) || max.OneRepMaxKg <= 0 || max.OneRepMaxKg > MaxOneRepMaxKg)
            {
                add($"maxes[{i}].oneRepMaxKg", $"must be more than 0 and at most {MaxOneRepMaxKg} kg");
            }
        }
    }

    private void ValidateRunningWeek(Action<string, string> add)
    {
        if (RunningWeek is null)
        {
            add("runningWeek", "is required: [] for no running");
            return;
        }

        if (RunningWeek.Count > MaxRunsPerWeek)
        {
            add("runningWeek", $"at most {MaxRunsPerWeek} runs");
        }

        for (var i = 0; i < RunningWeek.Count; i++)
        {
            var run = RunningWeek[i];
            if (run is null)
            {
                add($"runningWeek[{i}]", "is required");
                continue;
            }

            if (!Days.Contains(run.Day))
            {
                add($"runningWeek[{i}].day", $"must be one of: {string.Join(", ", Days)}");
            }

            if (!RunKindNames.Contains(run.Kind))
            {
                add($"runningWeek[{i}].kind", $"must be one of: {string.Join(", ", RunKindNames)}");
            }

            if (run.Minutes is < 1 or > 600)
            {
                add($"runningWeek[{i}].minutes", "must be between 1 and 600, or null when it varies");
            }

            if (!IsTime(run.Time))
            {
                add($"runningWeek[{i}].time", "must be am, pm or a clock time HH:mm (07:30), or null when it does not matter");
            }
        }
    }

    private static bool IsTime(string? time) =>
        time is null or "am" or "pm" || (time.Length == 5 && TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    /// <summary>Copies this (valid) document onto <paramref name="profile"/>; exercise names become the catalog's.</summary>
    public void ApplyTo(Profile profile, ExerciseCatalog catalog)
    {
        profile.Experience = Enum.Parse<Experience>(Experience.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        profile.BodyweightKg = BodyweightKg;
        profile.Units = Units == "lb" ? MassUnit.Pounds : MassUnit.Kilograms;
        profile.Rehab = Rehab;
        profile.Injury = InjurySites.TryParse(Injury, out var site) ? site : null;
        if (IanaTimeZones.TryFind(TimeZone, out var zone))
        {
            profile.TimeZone = zone.Id;
        }

        profile.MaxHeartRate = MaxHeartRate;
        profile.MaxSessionMinutes = MaxSessionMinutes;
        profile.SessionsPerWeek = SessionsPerWeek;
        profile.Equipment = [.. Equipment.Select(e => EquipmentSets.Names[e.Trim()]).Distinct().Order()];
        profile.Maxes = [.. Maxes.Select(m => new ProfileMax { Exercise = catalog.Resolve(m.Exercise.Trim()).Exercise.Name, OneRepMaxKg = m.OneRepMaxKg })];
        profile.RunningWeek = [.. RunningWeek
            .Select(r => new WeeklyRun
            {
                Day = Enum.Parse<DayOfWeek>(r.Day, ignoreCase: true),
                Kind = RunKinds.TryParse(r.Kind, out var kind) ? kind : throw new InvalidOperationException($"'{r.Kind}' is not a kind of run: validate first."),
                Minutes = r.Minutes,
                Time = r.Time,
            })
            .OrderBy(r => ((int)r.Day + 6) % 7)];
    }
}

/// <summary>A known one-rep max: the exercise (a name the catalog resolves) and the load in kilograms.</summary>
internal sealed record MaxDocument(string Exercise, double OneRepMaxKg);

/// <summary>A run in the usual week: day (monday...), kind (easy, long, intervals...), minutes and time (am, pm or HH:mm).</summary>
internal sealed record RunDocument(string Day, string Kind, int? Minutes, string? Time);
