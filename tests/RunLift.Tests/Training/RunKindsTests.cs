using CsCheck;
using RunLift.Training;

namespace RunLift.Tests.Training;

public sealed class RunKindsTests
{
    [Theory]
    [InlineData("Intervals", RunKind.Intervals)]
    [InlineData("6 x 800m interval session", RunKind.Intervals)]
    [InlineData("8x400 repeats", RunKind.Intervals)]
    [InlineData("VO2max 5x3min", RunKind.Intervals)]
    [InlineData("vo2-max", RunKind.Intervals)]
    [InlineData("Thursday TEMPO", RunKind.Tempo)]
    [InlineData("Lactate threshold 3x10min", RunKind.Threshold)]
    [InlineData("Hill repeats", RunKind.Hills)]
    [InlineData("Hills", RunKind.Hills)]
    [InlineData("Fartlek in the park", RunKind.Fartlek)]
    [InlineData("Marathon race pace", RunKind.RacePace)]
    [InlineData("race-pace 2x5k", RunKind.RacePace)]
    [InlineData("Parkrun race", RunKind.Race)]
    [InlineData("Sunday long run", RunKind.Long)]
    [InlineData("Long-Run", RunKind.Long)]
    [InlineData("Recovery jog", RunKind.Recovery)]
    [InlineData("Track_Intervals", RunKind.Intervals)]
    [InlineData("Long run with a tempo finish", RunKind.Long)]
    [InlineData("Saturday parkrun", RunKind.Race)]
    [InlineData("LR 28k", RunKind.Long)]
    [InlineData("Easy LSR", RunKind.Long)]
    [InlineData("Track Tuesday", RunKind.Intervals)]
    [InlineData("16 mi with 10 @ MP", RunKind.RacePace)]
    [InlineData("Half marathon pace 3x3k", RunKind.RacePace)]
    public void Named_ReadsTheFirstKeywordAsAWholeWord(string text, RunKind kind) =>
        RunKinds.Named(text).ShouldBe(kind);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Morning Run")]
    [InlineData("Aerobics")]
    [InlineData("Racetrack loop")]
    [InlineData("Chills and tempos")]
    [InlineData("Long walk")]
    [InlineData("Intervalle")]
    [InlineData("Parkrunner social")]
    [InlineData("Marathon training week 3")]
    [InlineData("MP3 playlist run")]
    public void Named_IsNullWithoutAWholeKeyword(string? text) =>
        RunKinds.Named(text).ShouldBeNull();

    [Theory]
    [InlineData("Workout: 5x1k", RunKind.Intervals, "Workout")]
    [InlineData("Speed work on the track", RunKind.Intervals, "Speed work")]
    [InlineData("speedwork", RunKind.Intervals, "speedwork")]
    [InlineData("VO2 session", RunKind.Intervals, "VO2")]
    [InlineData("Yassos", RunKind.Intervals, "Yassos")]
    [InlineData("Pyramid 200-400-800-400-200", RunKind.Intervals, "Pyramid")]
    [InlineData("6x800", RunKind.Intervals, "6x800")]
    [InlineData("5 x 1k @ 10k effort", RunKind.Intervals, "5 x 1k")]
    [InlineData("10×400m", RunKind.Intervals, "10×400m")]
    [InlineData("4x1mile", RunKind.Intervals, "4x1mile")]
    [InlineData("3x10min", RunKind.Intervals, "3x10min")]
    [InlineData("Cruise intervals", RunKind.Threshold, "Cruise")]
    [InlineData("Progression run", RunKind.Tempo, "Progression")]
    [InlineData("Easy 8k", RunKind.Easy, "Easy")]
    [InlineData("Shakeout", RunKind.Easy, "Shakeout")]
    [InlineData("shake-out before the race", RunKind.Easy, "shake-out")]
    [InlineData("Jog with the dog", RunKind.Easy, "Jog")]
    [InlineData("Easy LSR", RunKind.Long, "LSR")]
    [InlineData("Recovery jog", RunKind.Recovery, "Recovery")]
    public void Match_NamesTheKindAndTheWordsThatSaidIt(string text, RunKind kind, string words) =>
        RunKinds.Match(text).ShouldBe((kind, words));

    [Theory]
    [InlineData("2x daily")]
    [InlineData("1x5k")]
    [InlineData("Speedy Gonzales")]
    [InlineData("Workouts")]
    [InlineData("Jogging stroller")]
    public void Named_IsNullForLookAlikes(string text) =>
        RunKinds.Named(text).ShouldBeNull();

    [Fact]
    public void Named_NeverThrows() =>
        Gen.String.Sample(text => RunKinds.Named(text), iter: 10_000);

    [Fact]
    public void Name_EveryKindHasOneWord_InTheEnumsOrder()
    {
        RunKinds.All.ShouldBe(Enum.GetValues<RunKind>());
        RunKinds.All.Select(k => k.Name()).ShouldBe(["rest", "easy", "recovery", "long", "intervals", "tempo", "threshold", "hills", "fartlek", "race-pace", "race"]);
    }

    [Fact]
    public void TryParse_ReadsEveryWordBack_InAnyCase()
    {
        foreach (var kind in RunKinds.All)
        {
            RunKinds.TryParse(kind.Name(), out var read).ShouldBeTrue();
            read.ShouldBe(kind);
            RunKinds.TryParse(kind.Name().ToUpperInvariant(), out read).ShouldBeTrue();
            read.ShouldBe(kind);
        }

        RunKinds.TryParse("racepace", out _).ShouldBeFalse();
        RunKinds.TryParse("long run", out _).ShouldBeFalse();
        RunKinds.TryParse(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Key_AreTheKindsThatMakeAKeyRunWhateverItsLength_OfRunsAllButRest()
    {
        RunKinds.Key.Select(k => k.Name()).ShouldBe(["long", "intervals", "tempo", "threshold", "hills", "fartlek", "race-pace", "race"]);
        RunKinds.OfRuns.ShouldBe(RunKinds.All.Where(k => k != RunKind.Rest));
    }
}
