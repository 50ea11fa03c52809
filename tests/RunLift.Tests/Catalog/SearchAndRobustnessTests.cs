using CsCheck;
using RunLift.Catalog;

namespace RunLift.Tests.Catalog;

public sealed class SearchAndRobustnessTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    private static readonly string[] Words =
    [
        "squat", "(", ")", "-", "_", "bosu", "db", "bb", "rdl", "single", "leg", "arm", "on", "stability", "ball", "curl",
        "press", "bench", "Pull", "UP", "1", "é", "ß", "İ", "\u0000", "\uD800", " ", "  ", ",", "'", "x", "the", "jump", "wobble",
    ];

    [Fact]
    public void Resolve_NeverThrows_OnArbitraryStrings()
    {
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 60].Select(chars => new string(chars))
            .Sample(text => Catalog.Resolve(text).ShouldNotBeNull(), iter: 2_000);
    }

    [Fact]
    public void Resolve_NeverThrows_OnExerciseLikeWordSoup()
    {
        Gen.Int[0, Words.Length - 1].Array[0, 10].Select(ix => string.Concat(ix.Select(i => Words[i] + (i % 3 == 0 ? "" : " "))))
            .Sample(text =>
            {
                var resolution = Catalog.Resolve(text);
                resolution.Closest.Count.ShouldBeLessThanOrEqualTo(3);
                (resolution.IsKnown == resolution.Exercise.Id.StartsWith("unknown:", StringComparison.Ordinal)).ShouldBeFalse();
            }, iter: 2_000);
    }

    [Fact]
    public void Resolve_Null_IsUnknownRatherThanAnException()
    {
        Catalog.Resolve(null!).IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void Search_PutsTheResolvedEntryFirst()
    {
        Catalog.Search("rdl", 5)[0].Id.ShouldBe("romanian-deadlift");
        Catalog.Search("Squat (Barbell)", 5)[0].Id.ShouldBe("back-squat");
    }

    [Fact]
    public void Search_FindsEntriesByWordAndPrefix()
    {
        var results = Catalog.Search("calf", 10);

        results.Count.ShouldBe(10);
        results.Select(e => e.Id).ShouldContain("calf-raise");
        results.Select(e => e.Id).ShouldContain("seated-calf-raise");
        Catalog.Search("nord", 3).Select(e => e.Id).ShouldContain("nordic-curl");
    }

    [Fact]
    public void Search_RespectsTheLimit_AndListsEverythingForAnEmptyQuery()
    {
        Catalog.Search("squat", 3).Count.ShouldBe(3);
        Catalog.Search("", 10).Count.ShouldBe(10);
        Catalog.Search("anything", 0).ShouldBeEmpty();
        Catalog.Search("qqqq zzzz", 10).ShouldBeEmpty();
    }
}
