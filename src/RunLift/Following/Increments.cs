using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Following;

/// <summary>
/// What a lift adds when its last session went to plan (principles.md, "Autoregulation"): 2.5 kg for the upper body,
/// 5 kg for the lower body, or 5 and 10 lb for an athlete who loads in pounds (the plates' own steps). The catalog's
/// movement pattern says which: legs, hips, calves, carries, jumps and the Olympic lifts are lower body.
/// </summary>
internal static class Increments
{
    /// <summary>The step <paramref name="exercise"/> goes up by; the upper body's for an exercise the catalog does not know.</summary>
    public static Load For(Exercise? exercise, MassUnit units) => (IsLowerBody(exercise), units) switch
    {
        (true, MassUnit.Pounds) => Load.FromPounds(10),
        (false, MassUnit.Pounds) => Load.FromPounds(5),
        (true, _) => Load.FromKilograms(5),
        (false, _) => Load.FromKilograms(2.5),
    };

    private static bool IsLowerBody(Exercise? exercise) => exercise?.Pattern is MovementPattern.Squat or MovementPattern.Hinge
        or MovementPattern.SingleLeg or MovementPattern.Calf or MovementPattern.IsolationLower or MovementPattern.Carry
        or MovementPattern.Plyometric or MovementPattern.Olympic;
}
