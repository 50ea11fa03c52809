using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>A step of a bodyweight progression: the variant, the reps that reach the effort on it, and a tempo when the variant alone does not.</summary>
/// <param name="ExerciseId">The catalog exercise.</param>
/// <param name="Reps">Reps per set (per side for single-leg work).</param>
/// <param name="Tempo">Seconds down, held at the bottom and up ("3-1-1"), or null at the usual pace.</param>
internal sealed record Rung(string ExerciseId, int Reps, string? Tempo = null)
{
    // Heavy prescriptions (3–5 reps) become sets of 6 on the rung: fewer reps of a bodyweight variant are too easy to count,
    // and 6 at RPE ≥ 7 is still heavy work (principles.md) that keeps its full rest.
    private const int FewestReps = 6;

    /// <summary><paramref name="dose"/> on this rung: the rung's reps, or 6 where the dose is heavy; heavy sets keep 2 minutes' rest.</summary>
    public Dose Apply(Dose dose)
    {
        var reps = Math.Min(Reps, Math.Max(dose.Reps, FewestReps));
        return dose with
        {
            Reps = reps,
            RestSeconds = reps <= FewestReps && dose.Rpe >= 7 ? Math.Max(dose.RestSeconds, 120) : dose.RestSeconds,
        };
    }
}

/// <summary>
/// Where the body is the only load, effort comes from a harder variant and a slower tempo, never from calling an easy set
/// "RPE 8" (principles.md, "Load, reps and effort agree"): split squat → Bulgarian split squat → the same at a 3-1-1 tempo →
/// shrimp squat; incline push-up → push-up → tempo → decline; two legs → one leg for the calves. The rung is the one whose
/// reps reach the prescribed effort: RPE 6 the first, 7 the next, above 7 the one after, a rung further up for a lifter past
/// the first year.
/// A heavy prescription (3–5 reps) is 6 reps on its rung: heavy work, kept out of the day before a key run as loaded sets are.
/// </summary>
internal static class BodyweightLadder
{
    /// <summary>Three seconds down, one still at the bottom, one up.</summary>
    public const string SlowTempo = "3-1-1";

    private static readonly Dictionary<Role, Rung[]> Ladders = new()
    {
        [Role.Knee] = [new("split-squat", 10), new("bulgarian-split-squat", 8), new("bulgarian-split-squat", 8, SlowTempo), new("shrimp-squat", 6)],
        [Role.Hinge] = [new("single-leg-romanian-deadlift", 10), new("single-leg-romanian-deadlift", 8, SlowTempo)],
        [Role.Push] = [new("incline-push-up", 10), new("push-up", 10), new("push-up", 8, SlowTempo), new("decline-push-up", 8, SlowTempo)],
        [Role.Pull] = [new("table-row", 10), new("table-row", 8, SlowTempo)],
        [Role.Calf] = [new("calf-raise", 15), new("single-leg-calf-raise", 12), new("single-leg-calf-raise", 10, SlowTempo)],
    };

    /// <summary>
    /// The rung for <paramref name="role"/> at <paramref name="rpe"/>, when the menu's <paramref name="chosen"/> is done with
    /// the body alone (nothing in <paramref name="kit"/> loads it) and the role has a ladder; null when a load sets the effort,
    /// and for a pull on a bar (the pull-up's own regressions are the menu's).
    /// </summary>
    public static Rung? For(Role role, Exercise chosen, IReadOnlySet<Equipment> kit, Experience experience, double rpe)
    {
        if (!Ladders.TryGetValue(role, out var ladder) || kit.CanLoad(chosen) || (role == Role.Pull && !ladder.Any(r => r.ExerciseId == chosen.Id)))
        {
            return null;
        }

        var start = experience is Experience.New or Experience.Novice ? 0 : 1;
        var climb = rpe <= 6.5 ? 0 : rpe <= 7 ? 1 : 2;
        return ladder[Math.Min(start + climb, ladder.Length - 1)];
    }

    /// <summary>The rung after <paramref name="rung"/> on its ladder, or null at the top.</summary>
    public static Rung? Next(Rung rung) =>
        Ladders.Values.FirstOrDefault(l => l.Contains(rung)) is { } ladder && Array.IndexOf(ladder, rung) + 1 is var next && next < ladder.Length
            ? ladder[next]
            : null;

    /// <summary>Every catalog id the ladders name, so a test can check the catalog has them all.</summary>
    public static IEnumerable<string> AllIds => Ladders.Values.SelectMany(l => l).Select(r => r.ExerciseId).Distinct();
}
