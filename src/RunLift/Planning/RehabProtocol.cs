using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>One exercise of a rehab stage and its dose.</summary>
/// <param name="ExerciseId">The catalog exercise.</param>
/// <param name="Dose">Its dose.</param>
/// <param name="Needs">Equipment it cannot be done without, when any.</param>
/// <param name="Otherwise">The exercise done instead without <paramref name="Needs"/>; null to leave it out.</param>
internal sealed record RehabWork(string ExerciseId, Dose Dose, Equipment? Needs = null, string? Otherwise = null)
{
    /// <summary>The exercise for the kit at hand, or null when none can be done.</summary>
    public string? For(IReadOnlySet<Equipment> kit) => Needs is not { } needs || kit.Contains(needs) ? ExerciseId : Otherwise;
}

/// <summary>A stage of a site's rehab progression.</summary>
/// <param name="Name">What the stage is, for the session note: "isometric holds".</param>
/// <param name="Weeks">How many weeks it lasts.</param>
/// <param name="Cue">How to do it: tempo, holds.</param>
/// <param name="Work">The exercises, done first in the session.</param>
internal sealed record RehabStage(string Name, int Weeks, string Cue, RehabWork[] Work);

/// <summary>
/// How the plan rehabilitates an injury site (principles.md, "Injury site"): the site's progression first in every
/// session for the protected weeks (4, or 6 for the Achilles), the roles that would load the site heavily either
/// replaced by that progression or held light, no jumps or Olympic lifts that load the site explosively, then two weeks
/// of low-level jumps (pogo hops in place) before hops and bounds return. The rest of the body trains normally.
/// </summary>
/// <param name="Site">The injured site.</param>
/// <param name="Stages">The progression, in order.</param>
/// <param name="Replaced">Roles the progression does instead while the site is protected.</param>
/// <param name="HeldLight">Roles kept light (RPE ≤ 6, no top set) while the site is protected.</param>
/// <param name="LandingSite">Jumping and landing load the site: no explosive work while protected, then low-level jumps.</param>
internal sealed record RehabProtocol(InjurySite Site, RehabStage[] Stages, Role[] Replaced, Role[] HeldLight, bool LandingSite)
{
    /// <summary>Weeks of low-level jumps after the protected weeks, before hops and bounds return.</summary>
    public const int ReturnToJumpingWeeks = 2;

    /// <summary>The longest a session's effort may be on a role held light.</summary>
    public const double LightRpe = 6;

    /// <summary>The weeks the site is protected: the stages' weeks together.</summary>
    public int ProtectedWeeks => Stages.Sum(s => s.Weeks);

    /// <summary>The stage for plan week <paramref name="week"/> (0-based) and its number (1-based); the last stage while returning to jumping; null after.</summary>
    public (RehabStage Stage, int Number)? StageOf(int week)
    {
        var end = 0;
        for (var i = 0; i < Stages.Length; i++)
        {
            end += Stages[i].Weeks;
            if (week < end)
            {
                return (Stages[i], i + 1);
            }
        }

        return week < end + ReturnToJumpingWeeks ? (Stages[^1], Stages.Length) : null;
    }

    /// <summary>Whether week <paramref name="week"/> is one of the protected weeks.</summary>
    public bool Protects(int week) => week < ProtectedWeeks;

    /// <summary>Whether week <paramref name="week"/> may only have low-level jumps (pogo hops in place).</summary>
    public bool LowLevelJumpsOnly(int week) => week < ProtectedWeeks + ReturnToJumpingWeeks;

    /// <summary>
    /// Whether <paramref name="exercise"/> loads the site: it is the protocol's own work, it fills a role the protocol
    /// replaces or holds light (by the patterns the planner's menu fills those roles with), or it is explosive work and
    /// the site takes the landings. Pain at the site holds these lifts' progression.
    /// </summary>
    public bool Loads(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return Stages.Any(stage => stage.Work.Any(w => w.ExerciseId == exercise.Id || w.Otherwise == exercise.Id))
            || Replaced.Concat(HeldLight).Any(role => PatternsOf(role).Contains(exercise.Pattern))
            || (LandingSite && exercise.Explosive);
    }

    // The patterns of the exercises the menu (ExerciseMenu) fills each role with.
    private static MovementPattern[] PatternsOf(Role role) => role switch
    {
        Role.Knee => [MovementPattern.Squat, MovementPattern.SingleLeg],
        Role.Hinge => [MovementPattern.Hinge],
        Role.Push => [MovementPattern.Push],
        Role.Pull => [MovementPattern.Pull],
        Role.Calf => [MovementPattern.Calf],
        Role.Core => [MovementPattern.Core],
        Role.Explosive => [MovementPattern.Plyometric, MovementPattern.Olympic],
        _ => [],
    };

    /// <summary>The protocol for <paramref name="site"/>.</summary>
    public static RehabProtocol For(InjurySite site) => Protocols[site];

    private static readonly Dictionary<InjurySite, RehabProtocol> Protocols = Build();

    private static Dictionary<InjurySite, RehabProtocol> Build()
    {
        // Tendons like slow, heavy loading: isometric holds calm them, slow heavy raises rebuild them, eccentrics then
        // prepare them for the stretch-shortening of hops (principles.md's Achilles/calf progression).
        RehabStage[] calfStages(int holdWeeks, int slowWeeks, int eccentricWeeks) =>
        [
            new("isometric holds", holdWeeks, "hold the top of a calf raise 45 s, knees straight then bent",
                [new("isometric-calf-raise", Hold(5, 45))]),
            new("slow heavy calf raises", slowWeeks, "3 s up, 3 s down, standing (knee straight) and seated (knee bent); add load when 3 x 12 is easy",
                [new("calf-raise", Reps(3, 12, 7)), new("seated-calf-raise", Reps(3, 12, 7))]),
            new("eccentrics", eccentricWeeks, "up on both feet, 3 s down on the injured side",
                [new("eccentric-calf-raise", Reps(3, 10, 7)), new("seated-calf-raise", Reps(2, 12, 7))]),
        ];

        Role[] calf = [Role.Calf];
        return new()
        {
            [InjurySite.Achilles] = new(InjurySite.Achilles, calfStages(2, 2, 2), calf, [], LandingSite: true),
            [InjurySite.Calf] = new(InjurySite.Calf, calfStages(1, 2, 1), calf, [], LandingSite: true),
            [InjurySite.Foot] = new(InjurySite.Foot,
            [
                new("foot strength", 2, "short foot: lift the arch without curling the toes, hold 5 s; calf holds 30 s",
                    [new("short-foot", Reps(3, 10, null)), new("isometric-calf-raise", Hold(4, 30))]),
                new("single-leg calf raises", 2, "3 s up, 3 s down, the arch held up",
                    [new("single-leg-calf-raise", Reps(3, 12, 7)), new("short-foot", Reps(2, 10, null))]),
            ], calf, [], LandingSite: true),
            [InjurySite.Shin] = new(InjurySite.Shin,
            [
                new("shin and calf strength", 2, "slow tibialis raises with your back to a wall; seated calf raises 3 s up, 3 s down",
                    [new("tibialis-raise", Reps(3, 15, null)), new("seated-calf-raise", Reps(3, 15, 6))]),
                new("single-leg calf raises", 2, "3 s up, 3 s down",
                    [new("tibialis-raise", Reps(3, 15, null)), new("single-leg-calf-raise", Reps(3, 12, 7))]),
            ], calf, [], LandingSite: true),
            [InjurySite.Knee] = new(InjurySite.Knee,
            [
                new("isometric holds", 2, "wall sit at a pain-free depth, 45 s",
                    [new("wall-sit", Hold(5, 45))]),
                new("slow split squats", 2, "3 s down, 1 s pause, a pain-free depth",
                    [new("split-squat", Reps(3, 8, 6)), new("wall-sit", Hold(3, 45))]),
            ], [Role.Knee], [], LandingSite: true),
            [InjurySite.Hip] = new(InjurySite.Hip,
            [
                new("glute holds", 2, "bridge held 30 s; side-lying abduction slow, toes forward",
                    [new("glute-bridge", Hold(4, 30)), new("side-lying-hip-abduction", Reps(2, 12, null))]),
                new("single-leg bridges", 2, "2 s up, 2 s down, hips level",
                    [new("single-leg-glute-bridge", Reps(3, 10, 7)), new("side-lying-hip-abduction", Reps(3, 12, null))]),
            ], [], [Role.Knee, Role.Hinge], LandingSite: true),
            [InjurySite.Hamstring] = new(InjurySite.Hamstring,
            [
                new("isometric holds", 2, "bridge with the heels far from the hips, held 30 s",
                    [new("glute-bridge", Hold(5, 30))]),
                new("slow single-leg RDLs", 2, "3 s down, a pain-free range",
                    [new("single-leg-romanian-deadlift", Reps(3, 8, 6)), new("glute-bridge", Hold(3, 30))]),
            ], [Role.Hinge], [], LandingSite: true),
            [InjurySite.LowerBack] = new(InjurySite.LowerBack,
            [
                new("trunk control", 2, "bridge held 30 s, then slow bird dogs with a neutral back; stop short of pain",
                    [new("glute-bridge", Hold(3, 30)), new("bird-dog", Reps(3, 8, null))]),
                new("bridges", 2, "2 s up, 2 s down, ribs down",
                    [new("glute-bridge", Reps(3, 10, 7)), new("side-plank", Hold(3, 30))]),
            ], [Role.Hinge, Role.Core], [Role.Knee], LandingSite: false),
            [InjurySite.Shoulder] = new(InjurySite.Shoulder,
            [
                new("rotator cuff", 2, "elbow at your side, slow 2 s out, 2 s back (a band, or a light dumbbell lying on your side)",
                    [new("external-rotation-with-band", Reps(3, 15, 6), Equipment.Bands, "external-rotation")]),
                new("rotator cuff and shoulder blades", 2, "slow, shoulders down",
                    [new("external-rotation-with-band", Reps(3, 12, 7), Equipment.Bands, "external-rotation"), new("band-pull-apart", Reps(2, 15, null), Equipment.Bands)]),
            ], [Role.Push], [Role.Pull], LandingSite: false),
        };
    }

    private static Dose Hold(int sets, int seconds) => new(sets, 0, null, 60, Seconds: seconds);

    private static Dose Reps(int sets, int reps, double? rpe) => new(sets, reps, rpe, 60);
}
