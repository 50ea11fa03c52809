using CsCheck;
using RunLift.Catalog;
using RunLift.Testing;

namespace RunLift.Tests.Catalog;

/// <summary>Names as real exports write them (principles.md, Reading real logs → Names): the order, the guard, categories, languages.</summary>
public sealed class ReadingRealNamesTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    [Theory]
    [InlineData("Walking", MovementPattern.Cardio)]
    [InlineData("Hammer Press", MovementPattern.Push)]
    [InlineData("Cross Body Cable Row", MovementPattern.Pull)]
    [InlineData("Single Leg Press", MovementPattern.SingleLeg)]
    [InlineData("Yoga", MovementPattern.Mobility)]
    [InlineData("Wall Sit", MovementPattern.Squat)]
    public void Resolve_NameAFuzzyMatchWouldChangeTheMovementOf_KeepsTheMovementItsWordsSay(string written, MovementPattern pattern)
    {
        var resolution = Catalog.Resolve(written);

        resolution.Match.ShouldNotBe(MatchKind.Fuzzy);
        resolution.Exercise.Pattern.ShouldBe(pattern);
    }

    [Theory]
    [InlineData("Flat Dumbbell Bench", "dumbbell-bench-press")]
    [InlineData("Overhead Press (Each Side, Dumbbells)", "dumbbell-shoulder-press")]
    [InlineData("Overhead Press (Dumbbell)", "dumbbell-shoulder-press")]
    public void Resolve_NameWithItsEquipment_IsTheEntryOfThatEquipment(string written, string id) =>
        Catalog.Resolve(written).Exercise.Id.ShouldBe(id);

    [Theory]
    [InlineData("Walking")]
    [InlineData("Treadmill")]
    [InlineData("Running (Outdoor)")]
    [InlineData("Stationary Bike")]
    [InlineData("Rowing Machine")]
    [InlineData("Elliptical")]
    [InlineData("Stairs")]
    [InlineData("Stair Climber")]
    [InlineData("Burpee")]
    [InlineData("Ski Erg")]
    public void Resolve_CardioEntry_IsConditioningByKeyword(string written)
    {
        var resolution = Catalog.Resolve(written);

        resolution.IsConditioning.ShouldBeTrue();
        resolution.Exercise.IsStrength.ShouldBeFalse();
        resolution.Match.ShouldBe(MatchKind.Keyword);
        resolution.CatalogId.ShouldBeNull();
    }

    [Theory]
    [InlineData("Farmer's Walk", MovementPattern.Carry)]
    [InlineData("Walking Lunge", MovementPattern.SingleLeg)]
    [InlineData("Kettlebell Suitcase Walk Deluxe", MovementPattern.Carry)]
    public void Resolve_LoadedOrLungingWalk_IsNotConditioning(string written, MovementPattern pattern)
    {
        var resolution = Catalog.Resolve(written);

        resolution.IsConditioning.ShouldBeFalse();
        resolution.Exercise.Pattern.ShouldBe(pattern);
    }

    [Theory]
    [InlineData("Back Squat", MatchKind.Exact)]
    [InlineData("back-squat", MatchKind.Exact)]
    [InlineData("Squat (Barbell)", MatchKind.Alias)]
    [InlineData("Barbell Squats", MatchKind.Alias)]
    [InlineData("Katana Triceps Extension", MatchKind.Fuzzy)]
    [InlineData("Zorbatron Wacky Squat", MatchKind.Keyword)]
    [InlineData("Zorbatron Wacky Thing", MatchKind.Unknown)]
    public void Resolve_Says_HowTheNameWasRead(string written, MatchKind match) => Catalog.Resolve(written).Match.ShouldBe(match);

    [Fact]
    public void Resolve_UserMapping_WinsOverEverything()
    {
        var mapping = new NameMapping([new("Squat (Barbell)", Catalog.FindById("front-squat")!)]);

        var resolution = Catalog.Resolve("squat (barbell)", NameHints.None, mapping);

        resolution.Exercise.Id.ShouldBe("front-squat");
        resolution.Match.ShouldBe(MatchKind.Mapping);
    }

    [Fact]
    public void Resolve_AppIdentifiedEntry_IsReadByCategory()
    {
        var resolution = Catalog.Resolve("Garmin squat 6", new NameHints("squat", "back-squat"));

        resolution.Exercise.Id.ShouldBe("back-squat");
        resolution.Match.ShouldBe(MatchKind.Category);
    }

    [Theory]
    [InlineData("Rowing", "Cardio")]
    [InlineData("Row", "Cardio")]
    [InlineData("Bike Sprints", "Cardio")]
    [InlineData("Zorbatron Wacky Thing", "Cardio")]
    public void Resolve_FitNotesCardioCategory_IsConditioning(string written, string category)
    {
        var resolution = Catalog.Resolve(written, new NameHints(category, null));

        resolution.IsConditioning.ShouldBeTrue();
        resolution.Exercise.IsStrength.ShouldBeFalse();
    }

    [Fact]
    public void Resolve_NameWhoseWordsSayNothing_TakesTheCategorysMostCautiousPattern()
    {
        var resolution = Catalog.Resolve("Zorbatron Wacky Thing", new NameHints("Legs", null));

        resolution.Match.ShouldBe(MatchKind.Category);
        resolution.Exercise.Region.ShouldBe(BodyRegion.Lower);
        resolution.Exercise.Pattern.ShouldBe(MovementPattern.IsolationLower);
    }

    [Fact]
    public void Resolve_CategoryRulesOutAFuzzyMatchOfAnotherClass()
    {
        // Without the category the fuzzy match is a triceps extension; FitNotes says it is a leg exercise.
        Catalog.Resolve("Katana Triceps Extension").Match.ShouldBe(MatchKind.Fuzzy);

        var resolution = Catalog.Resolve("Katana Triceps Extension", new NameHints("Legs", null));

        resolution.Exercise.Id.ShouldNotBe("triceps-extension");
        resolution.IsKnown.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Bankdrücken (Langhantel)", "bench-press")]
    [InlineData("Bankdrücken (Kurzhantel)", "dumbbell-bench-press")]
    [InlineData("Kniebeuge (Langhantel)", "back-squat")]
    [InlineData("Kreuzheben (Langhantel)", "deadlift")]
    [InlineData("Rumänisches Kreuzheben (Langhantel)", "romanian-deadlift")]
    [InlineData("Schrägbankdrücken (Kurzhantel)", "incline-dumbbell-press")]
    [InlineData("Latzug (Kabelzug)", "lat-pulldown")]
    [InlineData("Klimmzüge", "pull-up")]
    [InlineData("Beinpresse (Maschine)", "leg-press")]
    [InlineData("Seitheben (Kurzhantel)", "lateral-raise")]
    [InlineData("Développé couché (Barre)", "bench-press")]
    [InlineData("Soulevé de terre (Barre)", "deadlift")]
    [InlineData("Tractions", "pull-up")]
    [InlineData("Tirage vertical (Poulie)", "lat-pulldown")]
    [InlineData("Fentes (Haltères)", "lunge")]
    [InlineData("Press de banca (Barra)", "bench-press")]
    [InlineData("Sentadilla (Barra)", "back-squat")]
    [InlineData("Peso muerto rumano (Barra)", "romanian-deadlift")]
    [InlineData("Dominadas", "pull-up")]
    [InlineData("Remo con barra", "barbell-row")]
    [InlineData("Panca piana (Bilanciere)", "bench-press")]
    [InlineData("Stacco da terra (Bilanciere)", "deadlift")]
    [InlineData("Trazioni", "pull-up")]
    [InlineData("Affondi (Manubri)", "lunge")]
    [InlineData("Supino reto (Barra)", "bench-press")]
    [InlineData("Agachamento (Barra)", "back-squat")]
    [InlineData("Levantamento terra (Barra)", "deadlift")]
    [InlineData("Barra fixa", "pull-up")]
    public void Resolve_NameInAnotherLanguage_IsTheEntryItNames(string written, string id) =>
        Catalog.Resolve(written).Exercise.Id.ShouldBe(id, $"{written} was read as {Catalog.Resolve(written).Match}");

    [Theory]
    [InlineData("Laufband")]
    [InlineData("Marche")]
    [InlineData("Caminata")]
    [InlineData("Tapis roulant")]
    [InlineData("Esteira")]
    public void Resolve_CardioInAnotherLanguage_IsConditioning(string written) => Catalog.Resolve(written).IsConditioning.ShouldBeTrue();

    /// <summary>
    /// A curated catalog name (ours, so its movement class is the one we vouch for) as real apps garble it (a brand in front, a typo, the equipment in parentheses) is read as an
    /// exercise of the same movement class, or left unknown: never as another kind of movement.
    /// </summary>
    [Fact]
    public void Resolve_GarbledCatalogName_NeverChangesTheMovementClass()
    {
        var strength = CuratedIds().Select(id => Catalog.FindById(id)!).Where(e => e.IsStrength || e.Pattern is MovementPattern.Core or MovementPattern.Plyometric).ToArray();
        string[] brands = ["Katana", "Meadows", "Zorbatron", "Pro", "Super", "Classic"];
        var garbled =
            from exercise in Gen.Int[0, strength.Length - 1].Select(i => strength[i])
            from brand in Gen.Int[0, brands.Length - 1].Select(i => brands[i])
            from typoAt in Gen.Int[0, 40]
            from form in Gen.Int[0, 2]
            select (exercise, Garble(exercise.Name, brand, typoAt, form));

        garbled.Sample(pair =>
        {
            var (exercise, written) = pair;
            var resolution = Catalog.Resolve(written);
            if (resolution.IsKnown)
            {
                MovementClass.Compatible(exercise.Pattern, resolution.Exercise.Pattern)
                    .ShouldBeTrue($"{written} ({exercise.Id}, {exercise.Pattern}) was read as {resolution.Exercise.Id} ({resolution.Exercise.Pattern}) by {resolution.Match}");
            }
        }, iter: 3_000);
    }

    /// <summary>
    /// Names made of two exercises' words ("Hammer" from a hammer curl, "Press" from a bench press): whatever a guess
    /// (a fuzzy match) reads them as is of the movement class their words imply.
    /// </summary>
    [Fact]
    public void Resolve_MixedName_AGuessNeverChangesTheMovementClassItsWordsImply()
    {
        var names = CuratedIds().Select(id => Catalog.FindById(id)!.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var mixed =
            from a in Gen.Int[0, names.Length - 1]
            from b in Gen.Int[0, names.Length - 1]
            from at in Gen.Int[0, 5]
            from pick in Gen.Int[0, 5]
            select MixedName(names[a], names[b], at, pick);

        mixed.Sample(written =>
        {
            var resolution = Catalog.Resolve(written);
            var implied = MovementClass.Implied(ExerciseName.Parse(written).Tokens);
            if (resolution.Match is MatchKind.Fuzzy && implied is { } words)
            {
                MovementClass.Compatible(words, resolution.Exercise.Pattern)
                    .ShouldBeTrue($"{written} (words say {words}) was read as {resolution.Exercise.Id} ({resolution.Exercise.Pattern})");
            }
        }, iter: 5_000);
    }

    private static string MixedName(string[] into, string[] from, int at, int pick)
    {
        var words = into.ToArray();
        words[at % words.Length] = from[pick % from.Length];
        return string.Join(' ', words);
    }

    private static IEnumerable<string> CuratedIds()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tools/catalog-curation.json")));
        return [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private static string Garble(string name, string brand, int typoAt, int form)
    {
        var typo = typoAt < name.Length && char.IsLetter(name[typoAt]) ? name.Remove(typoAt, 1) : name;
        return form switch
        {
            0 => $"{brand} {typo}",
            1 => $"{typo} {brand}",
            _ => $"{brand} {name}",
        };
    }
}
