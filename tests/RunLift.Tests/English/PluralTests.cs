using RunLift.English;

namespace RunLift.Tests.English;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 working sets")]
    [InlineData(1, "1 working set")]
    [InlineData(2, "2 working sets")]
    [InlineData(1250, "1,250 working sets")]
    public void Count_SaysOneInTheSingular_AndEveryOtherCountInThePlural(int count, string expected) =>
        Plural.Count(count, "working set").ShouldBe(expected);

    [Theory]
    [InlineData(1, "1 activity")]
    [InlineData(3, "3 activities")]
    public void Count_TakesAnIrregularPlural(int count, string expected) =>
        Plural.Count(count, "activity", "activities").ShouldBe(expected);

    [Theory]
    [InlineData(1, "week")]
    [InlineData(0, "weeks")]
    [InlineData(8, "weeks")]
    public void Noun_IsTheNounAlone(int count, string expected) => Plural.Noun(count, "week").ShouldBe(expected);
}
