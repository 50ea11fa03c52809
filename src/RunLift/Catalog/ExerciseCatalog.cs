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
    private readonly FrozenDictionary<string, Exercise> _byPlain;
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

        var byPlain = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var names = new List<IndexedName>();
        var seenKeys = new HashSet<(string, string)>();
        foreach (var exercise in Exercises)
        {
            foreach (var written in exercise.Aliases.Prepend(exercise.Name).Append(exercise.Id))
            {
                byPlain.TryAdd(ExerciseName.Plain(written), exercise);
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
    /// Resolves a written exercise name: exactly (ignoring case and punctuation), then after normalising
    /// abbreviations, plurals, word order, equipment in parentheses and grips, then by a conservative fuzzy match.
    /// An unstable device in the name (<c>BOSU Squat</c>) sets <see cref="ExerciseResolution.UnstableDevice"/>
    /// while the base exercise is still resolved. Unknown names are classified by keywords. Never throws.
    /// </summary>
    public ExerciseResolution Resolve(string writtenName)
    {
        var text = writtenName ?? string.Empty;
        if (_byPlain.TryGetValue(ExerciseName.Plain(text), out var exact))
        {
            return Known(text, exact, MatchKind.Exact, null);
        }

        var name = ExerciseName.Parse(text);
        var tokens = name.Tokens;
        var qualifierStart = name.QualifierStart;
        if (FindByStages(tokens, qualifierStart) is { } normalized)
        {
            return Known(text, normalized, MatchKind.Normalized, name.Device);
        }

        if (name.Device is not null)
        {
            // "Single-Leg Deadlift on Wobble Board": the device is how it was done, the rest is what was done.
            qualifierStart -= tokens.Take(qualifierStart).Count(ExerciseName.IsDevice);
            tokens = [.. tokens.Where(t => !ExerciseName.IsDevice(t))];
            if (FindByStages(tokens, qualifierStart) is { } onDevice)
            {
                return Known(text, onDevice, MatchKind.Normalized, name.Device);
            }
        }

        var corrected = CorrectSpelling(tokens);
        if (!ReferenceEquals(corrected, tokens) && FindByStages(corrected, qualifierStart) is { } respelled)
        {
            return Known(text, respelled, MatchKind.Fuzzy, name.Device);
        }

        var ranked = Rank(corrected, 3);
        if (ranked.Count > 0 && ranked[0].Score >= FuzzyThreshold)
        {
            return Known(text, ranked[0].Exercise, MatchKind.Fuzzy, name.Device);
        }

        return new ExerciseResolution(text, Unknown(text, name), MatchKind.Unknown)
        {
            UnstableDevice = name.Device,
            Closest = [.. ranked.Select(r => r.Exercise)],
        };
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
    /// without the parenthesised qualifier; without body position; without equipment.
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
        foreach (var stage in stages)
        {
            if (stage.Length > 0 && _byKey.TryGetValue(ExerciseName.Key(stage), out found))
            {
                return found;
            }
        }

        return null;
    }

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

    private static Exercise Unknown(string text, ExerciseName name)
    {
        var c = KeywordClassifier.Classify(name.Tokens);
        return new Exercise
        {
            Id = "unknown:" + text,
            Name = text,
            Pattern = c.Pattern,
            Mechanic = c.Mechanic,
            Region = c.Region,
            Unstable = name.Device,
            Explosive = c.Explosive,
            Unilateral = c.Unilateral,
            RunnerAccessory = c.RunnerAccessory,
        };
    }

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
