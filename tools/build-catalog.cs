#!/usr/bin/env dotnet
// Builds src/RunLift/Catalog/exercises.json from the public-domain free-exercise-db (../shared/data/free-exercise-db),
// our curation (tools/catalog-curation.json) and Garmin's FIT exercise enums (../shared/data/fit-profile), which turn the
// curated Garmin names into the profile's numbers. Run from the repository:
// dotnet run tools/build-catalog.cs [PATH-TO-free-exercise-db/exercises.json [PATH-TO-fit-exercise-names.json]]
// See docs/catalog.md for what the classification means.
#:project ../src/RunLift/RunLift.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1812;CA1515;CA1852

using System.Text.Json;
using RunLift.Catalog;

var root = FindRoot(Environment.CurrentDirectory);
var dbPath = args.Length > 0 ? args[0] : Path.Combine(root, "..", "shared", "data", "free-exercise-db", "exercises.json");
var garminPath = args.Length > 1 ? args[1] : Path.Combine(root, "..", "shared", "data", "fit-profile", "fit-exercise-names.json");
var curationPath = Path.Combine(root, "tools", "catalog-curation.json");
var outputPath = Path.Combine(root, "src", "RunLift", "Catalog", "exercises.json");

var readOptions = new JsonSerializerOptions
{
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
};
var curation = JsonSerializer.Deserialize<Curation>(File.ReadAllText(curationPath), readOptions) ?? throw new InvalidDataException("empty curation");
var db = JsonSerializer.Deserialize<List<DbExercise>>(File.ReadAllText(dbPath), readOptions) ?? throw new InvalidDataException("empty free-exercise-db");

var errors = new List<string>();
var entries = new List<Draft>();
var byKey = new Dictionary<string, Draft>(StringComparer.Ordinal);

foreach (var c in curation.Entries)
{
    var draft = Draft.FromCuration(c);
    entries.Add(draft);
    foreach (var written in draft.Aliases.Prepend(draft.Name))
    {
        if (!byKey.TryAdd(KeyOf(written), draft) && byKey[KeyOf(written)] != draft)
        {
            errors.Add($"'{written}' of {draft.Id} is already a name of {byKey[KeyOf(written)].Id}");
        }
    }
}

var mergedCount = 0;
var overridesUsed = new HashSet<string>(StringComparer.Ordinal);
foreach (var d in db)
{
    var name = d.Name.Trim();
    if (byKey.TryGetValue(KeyOf(name), out var existing))
    {
        // The same exercise under another name: keep the name as an alias, once.
        if (!existing.Aliases.Prepend(existing.Name).Any(a => ExerciseName.Plain(a) == ExerciseName.Plain(name)))
        {
            existing.Aliases.Add(name);
        }

        mergedCount++;
        continue;
    }

    var derived = Derive(d, name, curation.SwapsByMuscle);
    if (curation.Overrides.TryGetValue(name, out var o))
    {
        overridesUsed.Add(name);
        o.ApplyTo(derived);
    }

    derived.Id = UniqueId(derived.Id, entries);
    entries.Add(derived);
    foreach (var written in derived.Aliases.Prepend(derived.Name))
    {
        byKey.TryAdd(KeyOf(written), derived);
    }
}

errors.AddRange(curation.Overrides.Keys.Except(overridesUsed).Select(n => $"override for '{n}' matches no derived free-exercise-db entry"));

var garminNames = new Dictionary<Draft, string>();
var garminProfile = GarminProfile.Read(garminPath);
foreach (var (id, written) in curation.Garmin)
{
    var draft = entries.FirstOrDefault(e => e.Id == id);
    if (draft is null)
    {
        errors.Add($"garmin: '{id}' is no catalog id");
    }
    else if (garminProfile.Find(written) is not { } garmin)
    {
        errors.Add($"garmin: {id}: '{written}' is not CATEGORY or CATEGORY/NAME of the FIT profile");
    }
    else
    {
        draft.Garmin = garmin;
        if (written.Contains('/', StringComparison.Ordinal))
        {
            garminNames[draft] = written[(written.IndexOf('/', StringComparison.Ordinal) + 1)..];
        }
    }
}

var exercises = entries.Select(e => e.ToExercise()).ToList();

// Garmin's name becomes an alias where it does not already resolve to the entry, so that logs written with
// Garmin's names (BARBELL_BACK_SQUAT, CABLE_CORE_PRESS) resolve. Entries sharing a pair are the same movement; the
// first of them in the catalog is the one Garmin's name denotes, and ExerciseCatalog.ByGarmin answers with it.
var before = new ExerciseCatalog(exercises);
foreach (var group in garminNames.GroupBy(p => p.Key.Garmin))
{
    var claimants = group.Select(p => p.Key).OrderBy(entries.IndexOf).ToList();
    var garminName = group.First().Value;
    var resolved = before.Resolve(garminName);
    var claimant = claimants.FirstOrDefault(c => c.Id == resolved.Exercise.Id);
    if (claimant is null && resolved.Match is MatchKind.Exact or MatchKind.Alias)
    {
        errors.Add($"garmin: {garminName} is mapped to {string.Join(", ", claimants.Select(c => c.Id))} but names {resolved.Exercise.Id}");
    }
    else if (claimant is not null && claimant != claimants[0] && resolved.Match == MatchKind.Exact)
    {
        errors.Add($"garmin: {garminName} names {claimant.Id}: list it before {claimants[0].Id}");
    }
    else if (claimant is null)
    {
        claimants[0].Aliases.Add(garminName);
    }
}

exercises = [.. entries.Select(e => e.ToExercise())];
var ids = exercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
foreach (var e in exercises)
{
    if (!System.Text.RegularExpressions.Regex.IsMatch(e.Id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
    {
        errors.Add($"{e.Id}: not kebab-case");
    }

    errors.AddRange(e.Swaps.Where(s => !ids.Contains(s) || s == e.Id).Select(s => $"{e.Id}: swap '{s}' is not another catalog id"));
    if (e.Equipment.Count == 0)
    {
        errors.Add($"{e.Id}: no equipment");
    }

    if ((e.IsBodybuildingIsolation || e.Unstable is not null) && e.Swaps.Count == 0)
    {
        errors.Add($"{e.Id}: bodybuilding-isolation or unstable entry without swaps");
    }
}

if (errors.Count > 0)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine("error: " + error);
    }

    return 1;
}

File.WriteAllText(outputPath, CatalogJson.Write(exercises));
Console.WriteLine($"{exercises.Count} entries ({curation.Entries.Count} curated, {mergedCount} free-exercise-db names merged into them or each other, "
    + $"{exercises.Count - curation.Entries.Count} derived) -> {Path.GetRelativePath(root, outputPath)}");
return 0;

static string KeyOf(string written) => ExerciseName.Key(ExerciseName.Parse(written).Tokens);

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RunLift.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (RunLift.slnx not found).");
}

static string UniqueId(string id, List<Draft> entries)
{
    var candidate = id;
    for (var n = 2; entries.Any(e => e.Id == candidate); n++)
    {
        candidate = $"{id}-{n}";
    }

    return candidate;
}

static Draft Derive(DbExercise d, string name, Dictionary<string, List<string>> swapsByMuscle)
{
    var parsed = ExerciseName.Parse(name);
    var tokens = parsed.Tokens;
    var muscle = d.PrimaryMuscles.FirstOrDefault() ?? "";
    var muscleRegion = RegionOf(muscle);
    var device = parsed.Device ?? (d.Equipment == "exercise ball" ? "stability ball" : null);
    var keywords = KeywordClassifier.Classify(tokens);
    var dbIsolation = d.Mechanic == "isolation";

    MovementPattern pattern;
    BodyRegion region;
    if (d.Category == "stretching")
    {
        (pattern, region) = (MovementPattern.Mobility, muscleRegion);
    }
    else if (d.Category == "cardio")
    {
        (pattern, region) = (MovementPattern.Cardio, BodyRegion.Full);
    }
    else if (d.Category == "olympic weightlifting")
    {
        (pattern, region) = (MovementPattern.Olympic, BodyRegion.Full);
    }
    else if (d.Category == "plyometrics" && keywords.Pattern != MovementPattern.Olympic)
    {
        (pattern, region) = (MovementPattern.Plyometric, muscleRegion is BodyRegion.Lower or BodyRegion.Core ? BodyRegion.Lower : keywords.Region);
    }
    else if (keywords.FromKeywords)
    {
        (pattern, region) = (keywords.Pattern, keywords.Region);
        if (dbIsolation && pattern is MovementPattern.Push or MovementPattern.Pull)
        {
            pattern = MovementPattern.IsolationUpper;
        }

        if (pattern is MovementPattern.Push or MovementPattern.Pull or MovementPattern.IsolationUpper && muscleRegion is not BodyRegion.Lower and not BodyRegion.Core)
        {
            region = muscleRegion;
        }
    }
    else if (muscleRegion == BodyRegion.Core)
    {
        (pattern, region) = (MovementPattern.Core, BodyRegion.Core);
    }
    else if (muscleRegion == BodyRegion.Lower)
    {
        pattern = dbIsolation ? MovementPattern.IsolationLower : muscle is "hamstrings" or "glutes" or "lower back" ? MovementPattern.Hinge : MovementPattern.Squat;
        region = BodyRegion.Lower;
    }
    else
    {
        pattern = dbIsolation ? MovementPattern.IsolationUpper : d.Force == "pull" ? MovementPattern.Pull : MovementPattern.Push;
        region = muscleRegion;
    }

    var mechanic = pattern switch
    {
        MovementPattern.IsolationUpper or MovementPattern.IsolationLower or MovementPattern.Calf => Mechanic.Isolation,
        MovementPattern.Core or MovementPattern.Mobility or MovementPattern.Cardio or MovementPattern.Plyometric =>
            dbIsolation ? Mechanic.Isolation : Mechanic.Compound,
        _ => Mechanic.Compound,
    };

    var draft = new Draft
    {
        Id = IdOf(name),
        Name = name,
        Pattern = pattern,
        Mechanic = mechanic,
        Region = region,
        Unstable = device,
        Explosive = keywords.Explosive || pattern is MovementPattern.Plyometric or MovementPattern.Olympic,
        Unilateral = keywords.Unilateral,
        // A stretch for the calves is not calf work: runner accessories are strengthening (principles.md, Terms).
        RunnerAccessory = pattern is not (MovementPattern.Mobility or MovementPattern.Cardio)
            && (keywords.RunnerAccessory || pattern == MovementPattern.Calf),
        Equipment = [.. new[] { EquipmentOf(d.Equipment, tokens, device), device }.OfType<string>().Distinct()],
    };

    var probe = draft.ToExercise();
    if (probe.IsBodybuildingIsolation || device is not null)
    {
        draft.Swaps = swapsByMuscle.GetValueOrDefault(muscle) ?? SwapsByPattern(pattern);
    }

    return draft;
}

static List<string> SwapsByPattern(MovementPattern pattern) => pattern switch
{
    MovementPattern.Squat => ["goblet-squat", "back-squat"],
    MovementPattern.Hinge => ["romanian-deadlift", "hip-thrust"],
    MovementPattern.SingleLeg => ["step-up", "reverse-lunge"],
    MovementPattern.Push => ["push-up", "dumbbell-bench-press"],
    MovementPattern.Pull => ["pull-up", "seated-cable-row"],
    MovementPattern.IsolationLower => ["bulgarian-split-squat", "romanian-deadlift"],
    _ => ["plank", "dead-bug"],
};

static BodyRegion RegionOf(string muscle) => muscle switch
{
    "quadriceps" or "hamstrings" or "glutes" or "calves" or "adductors" or "abductors" => BodyRegion.Lower,
    "chest" => BodyRegion.Chest,
    "shoulders" or "neck" => BodyRegion.Shoulders,
    "lats" or "middle back" or "traps" or "lower back" => BodyRegion.Back,
    "biceps" or "triceps" or "forearms" => BodyRegion.Arms,
    "abdominals" => BodyRegion.Core,
    _ => BodyRegion.Full,
};

static string EquipmentOf(string? dbEquipment, string[] tokens, string? device)
{
    if (tokens.Contains("smith"))
    {
        return "smith machine";
    }

    var mapped = dbEquipment switch
    {
        "barbell" => "barbell",
        "dumbbell" => "dumbbells",
        "body only" => "bodyweight",
        "cable" => "cable",
        "machine" => "machine",
        "kettlebells" => "kettlebells",
        "bands" => "band",
        "medicine ball" => "medicine ball",
        "exercise ball" => "stability ball",
        "foam roll" => "foam roller",
        "e-z curl bar" => "ez bar",
        _ => null,
    };
    if (mapped is not null)
    {
        return mapped;
    }

    if (device is not null)
    {
        return device;
    }

    (string Token, string Equipment)[] fromName =
    [
        ("barbell", "barbell"), ("dumbbell", "dumbbells"), ("kettlebell", "kettlebells"), ("cable", "cable"), ("machine", "machine"),
        ("band", "band"), ("medball", "medicine ball"), ("sled", "sled"), ("trapbar", "trap bar"), ("ezbar", "ez bar"),
        ("landmine", "landmine"), ("box", "box"), ("bench", "bench"), ("plate", "plate"), ("chain", "chains"),
    ];
    foreach (var (token, equipment) in fromName)
    {
        if (tokens.Contains(token))
        {
            return equipment;
        }
    }

    return dbEquipment is null ? "bodyweight" : "other";
}

static string IdOf(string name)
{
    var words = ExerciseName.Plain(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ExerciseName.Singular);
    return string.Join('-', words);
}

sealed class Curation
{
    public List<CuratedEntry> Entries { get; init; } = [];

    public Dictionary<string, Override> Overrides { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> SwapsByMuscle { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Garmin { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>Garmin's exercise categories and per-category exercise names, by their upper-snake names (SQUAT, BARBELL_BACK_SQUAT).</summary>
sealed class GarminProfile(Dictionary<string, (ushort Number, Dictionary<string, ushort> Names)> categories)
{
    public static GarminProfile Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var names = json.RootElement.GetProperty("names");
        var categories = new Dictionary<string, (ushort, Dictionary<string, ushort>)>(StringComparer.Ordinal);
        foreach (var category in json.RootElement.GetProperty("exerciseCategory").EnumerateObject())
        {
            var camel = category.Value.GetString()!;
            var byName = names.TryGetProperty(camel + "ExerciseName", out var list)
                ? list.EnumerateObject().ToDictionary(n => UpperSnake(n.Value.GetString()!), n => ushort.Parse(n.Name, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
                : new Dictionary<string, ushort>(StringComparer.Ordinal);
            categories[UpperSnake(camel)] = (ushort.Parse(category.Name, System.Globalization.CultureInfo.InvariantCulture), byName);
        }

        return new GarminProfile(categories);
    }

    /// <summary>CATEGORY or CATEGORY/NAME, or null when the profile has no such category or name.</summary>
    public GarminExercise? Find(string written)
    {
        var parts = written.Split('/');
        if (parts.Length > 2 || !categories.TryGetValue(parts[0], out var category) || category.Number >= GarminExercise.UnknownCategory)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new GarminExercise(category.Number);
        }

        return category.Names.TryGetValue(parts[1], out var name) ? new GarminExercise(category.Number, name) : null;
    }

    // The profile's JSON spells names as JavaScript does (barbellBackSquat, 3WayCalfRaise); Garmin's own files and
    // exports spell them BARBELL_BACK_SQUAT, 3_WAY_CALF_RAISE.
    static string UpperSnake(string camel)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < camel.Length; i++)
        {
            var c = camel[i];
            if (i > 0 && c != '_' && camel[i - 1] != '_'
                && ((char.IsUpper(c) && !char.IsUpper(camel[i - 1])) || char.IsDigit(c) != char.IsDigit(camel[i - 1])))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}

sealed class CuratedEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required MovementPattern Pattern { get; init; }
    public Mechanic? Mechanic { get; init; }
    public BodyRegion? Region { get; init; }
    public string? Unstable { get; init; }
    public bool? Explosive { get; init; }
    public bool Unilateral { get; init; }
    public bool RunnerAccessory { get; init; }
    public List<string> Equipment { get; init; } = [];
    public List<string> Swaps { get; init; } = [];
    public List<string> Aliases { get; init; } = [];
}

sealed class Override
{
    public MovementPattern? Pattern { get; init; }
    public BodyRegion? Region { get; init; }
    public bool? Explosive { get; init; }
    public List<string> Aliases { get; init; } = [];

    public void ApplyTo(Draft draft)
    {
        draft.Pattern = Pattern ?? draft.Pattern;
        draft.Region = Region ?? draft.Region;
        draft.Explosive = Explosive ?? draft.Explosive;
        draft.Aliases.AddRange(Aliases);
    }
}

sealed class DbExercise
{
    public required string Name { get; init; }
    public string? Force { get; init; }
    public string? Mechanic { get; init; }
    public string? Equipment { get; init; }
    public List<string> PrimaryMuscles { get; init; } = [];
    public string? Category { get; init; }
}

sealed class Draft
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; } = [];
    public MovementPattern Pattern { get; set; }
    public Mechanic Mechanic { get; set; }
    public BodyRegion Region { get; set; }
    public string? Unstable { get; set; }
    public bool Explosive { get; set; }
    public bool Unilateral { get; set; }
    public bool RunnerAccessory { get; set; }
    public List<string> Equipment { get; set; } = [];
    public List<string> Swaps { get; set; } = [];
    public GarminExercise? Garmin { get; set; }

    public static Draft FromCuration(CuratedEntry c)
    {
        var draft = new Draft
        {
            Id = c.Id,
            Name = c.Name,
            Pattern = c.Pattern,
            Mechanic = c.Mechanic ?? (c.Pattern is MovementPattern.IsolationUpper or MovementPattern.IsolationLower or MovementPattern.Calf
                ? RunLift.Catalog.Mechanic.Isolation : RunLift.Catalog.Mechanic.Compound),
            Region = c.Region ?? c.Pattern switch
            {
                MovementPattern.Squat or MovementPattern.Hinge or MovementPattern.SingleLeg or MovementPattern.Calf
                    or MovementPattern.IsolationLower or MovementPattern.Plyometric => BodyRegion.Lower,
                MovementPattern.Core => BodyRegion.Core,
                MovementPattern.Push => BodyRegion.Chest,
                MovementPattern.Pull => BodyRegion.Back,
                MovementPattern.IsolationUpper => BodyRegion.Arms,
                _ => BodyRegion.Full,
            },
            Unstable = c.Unstable,
            Explosive = c.Explosive ?? c.Pattern is MovementPattern.Plyometric or MovementPattern.Olympic,
            Unilateral = c.Unilateral,
            RunnerAccessory = c.RunnerAccessory,
            Equipment = c.Equipment,
            Swaps = c.Swaps,
        };
        draft.Aliases.AddRange(c.Aliases);
        return draft;
    }

    public Exercise ToExercise() => new()
    {
        Id = Id,
        Name = Name,
        Aliases = [.. Aliases],
        Pattern = Pattern,
        Mechanic = Mechanic,
        Region = Region,
        Unstable = Unstable,
        Explosive = Explosive,
        Unilateral = Unilateral,
        RunnerAccessory = RunnerAccessory,
        Equipment = [.. Equipment],
        Swaps = [.. Swaps],
        Garmin = Garmin,
    };
}
