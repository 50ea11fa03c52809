using System.Collections.Frozen;

namespace RunLift.Catalog;

/// <summary>RunLift's exercise catalog and the name resolution that maps what people write to its entries.</summary>
public sealed class ExerciseCatalog
{
    /// <summary>
    /// Weighted token overlap at or above which a name that matched nothing exactly is taken as the entry.
    /// Chosen conservatively: "Katana Triceps Extension" (one unknown word around a known name) passes,
    /// "Warm Up" (one common word shared with "Pull Up") does not.
    /// </summary>
    internal const double FuzzyThreshold = 0.5;

    private const string ResourceName = "RunLift.Catalog.exercises.json";
    private static readonly Lazy<ExerciseCatalog> DefaultCatalog = new(LoadDefault);

    private readonly FrozenDictionary<string, Exercise> _byId;
    private readonly FrozenDictionary<(ushort Category, ushort Name), Exercise> _byGarmin;
    private readonly FrozenDictionary<string, (Exercise Exercise, bool IsOwnName)> _byPlain;
    private readonly FrozenDictionary<string, Exercise> _byKey;
    private readonly IndexedName[] _names;
    private readonly FrozenDictionary<string, int[]> _postings;
    private readonly FrozenDictionary<string, double> _weights;
    private readonly double _unknownWordWeight;

    /// <summary>A catalog of <paramref name="exercises"/>; where two entries share a name, the first one wins.</summary>
    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        Exercises = [.. exercises];
        var duplicate = Exercises.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two catalog entries have the id '{duplicate.Key}'.", nameof(exercises));
        }

        _byId = Exercises.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);

        // Where several entries are the same Garmin exercise (a Romanian deadlift with a barbell or dumbbells), the
        // first is the one named as Garmin names it: the catalog lists it first (a test checks).
        _byGarmin = Exercises
            .Where(e => e.Garmin?.Name is not null)
            .GroupBy(e => (e.Garmin!.Value.Category, e.Garmin.Value.Name!.Value))
            .ToFrozenDictionary(g => g.Key, g => g.First());

        var byPlain = new Dictionary<string, (Exercise, bool)>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var names = new List<IndexedName>();
        var seenKeys = new HashSet<(string, string)>();
        foreach (var exercise in Exercises)
        {
            foreach (var written in exercise.Aliases.Prepend(exercise.Name).Append(exercise.Id))
            {
                byPlain.TryAdd(ExerciseName.Plain(written), (exercise, written == exercise.Name || written == exercise.Id));
                var tokens = ExerciseName.Parse(written).Tokens;
                if (tokens.Length == 0)
                {
                    continue;
                }

                var key = ExerciseName.Key(tokens);
                byKey.TryAdd(key, exercise);
                if (seenKeys.Add((exercise.Id, key)))
                {
                    names.Add(new IndexedName(exercise, [.. tokens.Distinct(StringComparer.Ordinal)]));
                }
            }
        }

        _byPlain = byPlain.ToFrozenDictionary(StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _names = [.. names];

        // Rare words identify an exercise ("nordic"), common ones hardly do ("dumbbell"): inverse document frequency.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            foreach (var token in _names[i].Tokens)
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    postings[token] = list = [];
                }

                list.Add(i);
            }
        }

        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _weights = postings.ToFrozenDictionary(p => p.Key, p => Math.Log(1 + (double)_names.Length / p.Value.Count), StringComparer.Ordinal);

        // An unknown word is usually a brand or a coach's name ("Katana", "Meadows"): it matters, but less than the rarest known word.
        _unknownWordWeight = _weights.Count == 0 ? 1 : _weights.Values.Max() / 2;
        foreach (var name in _names)
        {
            name.Weight = name.Tokens.Sum(t => _weights[t]);
        }
    }

    /// <summary>The catalog shipped with RunLift (Catalog/exercises.json), loaded on first use.</summary>
    public static ExerciseCatalog Default => DefaultCatalog.Value;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public Exercise? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The entry for Garmin's exercise <paramref name="name"/> of <paramref name="category"/> (FIT profile values, as a
    /// watch records them in a set or a workout step), or null when the catalog maps no entry to exactly that pair.
    /// A category alone never answers: a plyometric set of an unmapped name is not a pogo hop.
    /// </summary>
    public Exercise? ByGarmin(ushort category, ushort name) => _byGarmin.GetValueOrDefault((category, name));

    /// <summary>
    /// Resolves a written exercise name: exactly (ignoring case and punctuation), by alias (also after normalising
    /// abbreviations, plurals, word order, equipment in parentheses, grips and other languages), then by a fuzzy match
    /// that keeps the movement class the name's words imply, then by keywords. An unstable device in the name
    /// (<c>BOSU Squat</c>) sets <see cref="ExerciseResolution.UnstableDevice"/> while the base exercise is still
    /// resolved. Never throws.
    /// </summary>
    public ExerciseResolution Resolve(string writtenName) => Resolve(writtenName, NameHints.None);

    /// <summary>
    /// Resolves a written exercise name in the order principles.md gives ("Reading real logs"): the user's
    /// <paramref name="mapping"/>, the entry the app's own codes identify, exactly, by alias, a Cardio category as
    /// conditioning, a fuzzy match that keeps the movement class of the name's words and of the app's category, then
    /// keywords (and the category, where the words say nothing). Never throws.
    /// </summary>
    public ExerciseResolution Resolve(string writtenName, NameHints hints, NameMapping? mapping = null)
    {
        var text = writtenName ?? string.Empty;
        var allowed = AppCategories.Allowed(hints.Category);
        var cardioOnly = AppCategories.IsCardio(allowed);

        // The common case first and without parsing: the name is a catalog name or alias as written.
        if (mapping is null or { Count: 0 } && hints.CatalogId is null && _byPlain.TryGetValue(ExerciseName.Plain(text), out var exact)
            && (!cardioOnly || exact.Exercise.Pattern == MovementPattern.Cardio))
        {
            return Known(text, exact.Exercise, exact.IsOwnName ? MatchKind.Exact : MatchKind.Alias, null);
        }

        var name = ExerciseName.Parse(text);
        if (mapping?.Find(text) is { } mapped)
        {
            return Known(text, mapped, MatchKind.Mapping, name.Device);
        }

        if (hints.CatalogId is { } id && FindById(id) is { } identified)
        {
            return Known(text, identified, MatchKind.Category, name.Device);
        }

        if (ReadByName(text, name) is { } read && (!cardioOnly || read.Exercise.Pattern == MovementPattern.Cardio))
        {
            return Known(text, read.Exercise, read.Match, read.Device);
        }

        if (cardioOnly)
        {
            return new ExerciseResolution(text, Classified(text, name, MovementPattern.Cardio), MatchKind.Category) { UnstableDevice = name.Device };
        }

        var implied = MovementClass.Implied(name.Tokens);
        bool KeepsClass(Exercise candidate) =>
            (implied is not { } words || MovementClass.Compatible(words, candidate.Pattern)) && MovementClass.Allowed(allowed, candidate.Pattern);

        // Conditioning needs no entry: "Walking" is walking, not the closest name with "walking" in it.
        if (implied == MovementPattern.Cardio && MovementClass.Allowed(allowed, MovementPattern.Cardio))
        {
            return new ExerciseResolution(text, Unknown(text, name), MatchKind.Keyword) { UnstableDevice = name.Device };
        }

        var tokens = WithoutDevices(name, out var qualifierStart);
        var corrected = CorrectSpelling(tokens);
        if (!ReferenceEquals(corrected, tokens) && FindByStages(corrected, qualifierStart) is { } respelled && KeepsClass(respelled))
        {
            return Known(text, respelled, MatchKind.Fuzzy, name.Device);
        }

        var ranked = Rank(corrected, 5);
        var equipment = WrittenEquipment(corrected);
        var accepted = ranked.Where(r => r.Score >= FuzzyThreshold && KeepsClass(r.Exercise)).ToList();
        if (accepted.Count > 0)
        {
            var best = accepted.FirstOrDefault(r => equipment.Count == 0 || HasEquipment(r.Exercise, equipment)).Exercise ?? accepted[0].Exercise;
            return Known(text, best, MatchKind.Fuzzy, name.Device);
        }

        var closest = ranked.Take(3).Select(r => r.Exercise).ToList();
        if (implied is { } pattern && MovementClass.Allowed(allowed, pattern))
        {
            return new ExerciseResolution(text, Unknown(text, name), MatchKind.Keyword) { UnstableDevice = name.Device, Closest = closest };
        }

        if (allowed is [var cautious, ..])
        {
            return new ExerciseResolution(text, Classified(text, name, cautious), MatchKind.Category) { UnstableDevice = name.Device, Closest = closest };
        }

        return new ExerciseResolution(text, Unknown(text, name), MatchKind.Unknown) { UnstableDevice = name.Device, Closest = closest };
    }

    /// <summary>The entry a name is exactly, or is by one of its aliases: no guessing.</summary>
    private (Exercise Exercise, MatchKind Match, string? Device)? ReadByName(string text, ExerciseName name)
    {
        if (_byPlain.TryGetValue(ExerciseName.Plain(text), out var exact))
        {
            return (exact.Exercise, exact.IsOwnName ? MatchKind.Exact : MatchKind.Alias, null);
        }

        if (FindByStages(name.Tokens, name.QualifierStart) is { } normalized)
        {
            return (normalized, MatchKind.Alias, name.Device);
        }

        // "Single-Leg Deadlift on Wobble Board": the device is how it was done, the rest is what was done.
        if (name.Device is not null && FindByStages(WithoutDevices(name, out var qualifierStart), qualifierStart) is { } onDevice)
        {
            return (onDevice, MatchKind.Alias, name.Device);
        }

        return null;
    }

    private static string[] WithoutDevices(ExerciseName name, out int qualifierStart)
    {
        qualifierStart = name.QualifierStart;
        if (name.Device is null)
        {
            return name.Tokens;
        }

        qualifierStart -= name.Tokens.Take(name.QualifierStart).Count(ExerciseName.IsDevice);
        return [.. name.Tokens.Where(t => !ExerciseName.IsDevice(t))];
    }

    /// <summary>
    /// Entries for <c>runlift catalog QUERY</c>, best first: the entry the query resolves to, then entries
    /// whose names and aliases contain the query's words (or words starting with them).
    /// </summary>
    public IReadOnlyList<Exercise> Search(string query, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        var tokens = ExerciseName.Parse(query ?? string.Empty).Tokens.Distinct(StringComparer.Ordinal).ToArray();
        if (tokens.Length == 0)
        {
            return [.. Exercises.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Take(limit)];
        }

        var results = new List<Exercise>();
        var resolution = Resolve(query!);
        if (resolution.IsKnown)
        {
            results.Add(resolution.Exercise);
        }

        // A query word matches a catalog word equal to it or, when it is not a word of the catalog, starting with it ("squ").
        var expanded = tokens
            .Select(t => _weights.ContainsKey(t) ? [t] : _weights.Keys.Where(k => k.StartsWith(t, StringComparison.Ordinal)).ToArray())
            .ToArray();
        var best = new Dictionary<Exercise, (double Coverage, double Length)>(ReferenceEqualityComparer.Instance);
        foreach (var name in _names)
        {
            var matched = expanded.Count(alternatives => alternatives.Any(name.Tokens.Contains));
            if (matched == 0)
            {
                continue;
            }

            var coverage = (double)matched / tokens.Length;
            var candidate = (coverage, -(double)name.Tokens.Length);
            if (!best.TryGetValue(name.Exercise, out var current) || candidate.CompareTo(current) > 0)
            {
                best[name.Exercise] = candidate;
            }
        }

        results.AddRange(best
            .Where(p => !results.Contains(p.Key))
            .OrderByDescending(p => p.Value.Coverage)
            .ThenByDescending(p => p.Value.Length)
            .ThenBy(p => p.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => p.Key));
        return results.Count > limit ? results[..limit] : results;
    }

    private static ExerciseResolution Known(string text, Exercise exercise, MatchKind match, string? device) =>
        new(text, exercise, match) { UnstableDevice = device ?? exercise.Unstable };

    /// <summary>
    /// Looks the tokens up with progressively less detail: all of them; without grips and attachments;
    /// without the parenthesised qualifier; without body position; without equipment. Where a stage drops the
    /// equipment the name gives ("Overhead Press (Each Side, Dumbbells)"), the entry of that equipment is preferred.
    /// </summary>
    private Exercise? FindByStages(string[] tokens, int qualifierStart)
    {
        if (tokens.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(ExerciseName.Key(tokens), out var found))
        {
            return found;
        }

        var unmodified = tokens.Where(t => !ExerciseName.IsModifier(t)).ToArray();
        var main = tokens.Take(qualifierStart).Where(t => !ExerciseName.IsModifier(t)).ToArray();
        var noEquipment = unmodified.Where(t => !ExerciseName.IsEquipment(t)).ToArray();

        // Body position before equipment: "Seated Dip Machine" is the dip machine, not a dip.
        string[][] stages =
        [
            unmodified, main, [.. unmodified.Where(t => !ExerciseName.IsPosture(t))], [.. main.Where(t => !ExerciseName.IsPosture(t))],
            noEquipment, [.. noEquipment.Where(t => !ExerciseName.IsPosture(t))],
        ];
        var equipment = WrittenEquipment(tokens);
        foreach (var stage in stages)
        {
            if (stage.Length > 0 && _byKey.TryGetValue(ExerciseName.Key(stage), out found))
            {
                return equipment.Count == 0 || HasEquipment(found, equipment) ? found : WithEquipment(stage, equipment) ?? found;
            }
        }

        return null;
    }

    /// <summary>The entry named by <paramref name="stage"/>'s words plus one of the written <paramref name="equipment"/> words, of that equipment.</summary>
    private Exercise? WithEquipment(string[] stage, IReadOnlyList<string> equipment)
    {
        foreach (var word in equipment)
        {
            if (_byKey.TryGetValue(ExerciseName.Key([.. stage, word]), out var found) && HasEquipment(found, [word]))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The implement <paramref name="writtenName"/> was done with: the one it names ("Hammer Curl (Cable)" → cable), else
    /// the entry's own first implement, else empty (bodyweight).
    /// </summary>
    internal static string ImplementOf(string writtenName, Exercise exercise)
    {
        var written = WrittenEquipment(ExerciseName.Parse(writtenName).Tokens);
        return written.Count > 0 ? ImplementNames[written[0]] : exercise.Equipment.FirstOrDefault(ImplementNames.Values.Contains) ?? string.Empty;
    }

    /// <summary>The equipment words of a name that say which implement it was done with (not "bench", which is also a lift).</summary>
    private static List<string> WrittenEquipment(IEnumerable<string> tokens) => [.. tokens.Where(ImplementNames.ContainsKey).Distinct(StringComparer.Ordinal)];

    private static bool HasEquipment(Exercise exercise, IReadOnlyList<string> written) =>
        written.Any(word => exercise.Equipment.Contains(ImplementNames[word], StringComparer.Ordinal));

    // Name tokens for implements, and the catalog's equipment word for each.
    private static readonly FrozenDictionary<string, string> ImplementNames = new Dictionary<string, string>
    {
        ["barbell"] = "barbell", ["dumbbell"] = "dumbbells", ["kettlebell"] = "kettlebells", ["cable"] = "cable",
        ["machine"] = "machine", ["smith"] = "smith machine", ["ezbar"] = "ez bar", ["trapbar"] = "trap bar",
        ["band"] = "band", ["landmine"] = "landmine", ["medball"] = "medicine ball",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Replaces words the catalog does not know by the one catalog word a typo away, if there is exactly one.</summary>
    private string[] CorrectSpelling(string[] tokens)
    {
        string[]? corrected = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length < 4 || _weights.ContainsKey(token) || token.All(char.IsDigit))
            {
                continue;
            }

            var allowed = token.Length >= 8 ? 2 : 1;
            string? best = null;
            var bestDistance = int.MaxValue;
            var tie = false;
            foreach (var word in _weights.Keys)
            {
                if (Math.Abs(word.Length - token.Length) > allowed)
                {
                    continue;
                }

                var distance = EditDistance.Between(token, word, allowed);
                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (word, distance, false);
                }
                else if (distance == bestDistance)
                {
                    tie = true;
                }
            }

            if (best is not null && bestDistance <= allowed && !tie)
            {
                corrected ??= [.. tokens];
                corrected[i] = best;
            }
        }

        return corrected ?? tokens;
    }

    /// <summary>Entries by weighted overlap (Jaccard over inverse-document-frequency weights) with the tokens, best first.</summary>
    private List<(Exercise Exercise, double Score)> Rank(string[] tokens, int count)
    {
        var query = tokens.Distinct(StringComparer.Ordinal).ToArray();
        var queryWeight = query.Sum(t => _weights.TryGetValue(t, out var w) ? w : _unknownWordWeight);
        var shared = new Dictionary<int, double>();
        foreach (var token in query)
        {
            if (!_postings.TryGetValue(token, out var hits))
            {
                continue;
            }

            var weight = _weights[token];
            foreach (var hit in hits)
            {
                shared[hit] = shared.GetValueOrDefault(hit) + weight;
            }
        }

        var best = new Dictionary<Exercise, (double Score, int Order)>(ReferenceEqualityComparer.Instance);
        foreach (var (index, intersection) in shared)
        {
            var score = intersection / (queryWeight + _names[index].Weight - intersection);
            if (!best.TryGetValue(_names[index].Exercise, out var current) || score > current.Score)
            {
                best[_names[index].Exercise] = (score, index);
            }
        }

        // Ties go to the earlier entry: curated entries come before those derived from free-exercise-db.
        return [.. best
            .OrderByDescending(p => p.Value.Score)
            .ThenBy(p => p.Value.Order)
            .Take(count)
            .Select(p => (p.Key, p.Value.Score))];
    }

    private static Exercise Unknown(string text, ExerciseName name) => Classified(text, name, null);

    /// <summary>
    /// An entry for a name the catalog does not hold, classified by its words; <paramref name="pattern"/>, when given,
    /// is what the app's category says it is and overrides the words.
    /// </summary>
    private static Exercise Classified(string text, ExerciseName name, MovementPattern? pattern)
    {
        var c = KeywordClassifier.Classify(name.Tokens);
        var region = pattern is { } p && p != c.Pattern ? RegionOf(p) : c.Region;
        return new Exercise
        {
            Id = ExerciseResolution.UnknownIdPrefix + text,
            Name = text,
            Pattern = pattern ?? c.Pattern,
            Mechanic = pattern is MovementPattern.IsolationLower or MovementPattern.IsolationUpper or MovementPattern.Calf ? Mechanic.Isolation : c.Mechanic,
            Region = region,
            Unstable = name.Device,
            Explosive = c.Explosive,
            Unilateral = c.Unilateral,
            RunnerAccessory = c.RunnerAccessory,
        };
    }

    private static BodyRegion RegionOf(MovementPattern pattern) => pattern switch
    {
        MovementPattern.Squat or MovementPattern.Hinge or MovementPattern.SingleLeg or MovementPattern.Calf
            or MovementPattern.IsolationLower or MovementPattern.Plyometric => BodyRegion.Lower,
        MovementPattern.Push => BodyRegion.Chest,
        MovementPattern.Pull => BodyRegion.Back,
        MovementPattern.IsolationUpper => BodyRegion.Arms,
        MovementPattern.Core => BodyRegion.Core,
        _ => BodyRegion.Full,
    };

    private static ExerciseCatalog LoadDefault()
    {
        using var stream = typeof(ExerciseCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; run `dotnet run tools/build-catalog.cs`.");
        return new ExerciseCatalog(CatalogJson.Read(stream));
    }

    private sealed class IndexedName(Exercise exercise, string[] tokens)
    {
        public Exercise Exercise { get; } = exercise;

        public string[] Tokens { get; } = tokens;

        public double Weight { get; set; }
    }
}
