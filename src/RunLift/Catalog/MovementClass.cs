namespace RunLift.Catalog;

/// <summary>
/// Whether two readings of a name are the same kind of movement. A fuzzy spelling match may change the exercise
/// (a cable curl for a Bayesian cable curl) but never the movement class the name's words imply: "Walking" is never a
/// lunge, "Hammer Press" never a curl, "Single Leg Press" never a chest press (principles.md, Reading real logs).
/// </summary>
internal static class MovementClass
{
    /// <summary>
    /// The pattern the words of <paramref name="tokens"/> imply, or null when they imply none (a brand, a coach's
    /// name, a word in no table).
    /// </summary>
    public static MovementPattern? Implied(IReadOnlyCollection<string> tokens)
    {
        var classification = KeywordClassifier.Classify(tokens);
        return classification.FromKeywords ? classification.Pattern : null;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is the same class of movement as <paramref name="implied"/>: the same
    /// pattern, or single-leg work read for a squat or a hinge the words name (a split squat, a single-leg deadlift),
    /// or a jump read for an Olympic derivative.
    /// </summary>
    public static bool Compatible(MovementPattern implied, MovementPattern candidate) =>
        implied == candidate
        || (candidate == MovementPattern.SingleLeg && implied is MovementPattern.Squat or MovementPattern.Hinge)
        || (implied == MovementPattern.SingleLeg && candidate is MovementPattern.Squat or MovementPattern.Hinge)
        || (implied is MovementPattern.Plyometric or MovementPattern.Olympic && candidate is MovementPattern.Plyometric or MovementPattern.Olympic)
        || (implied is MovementPattern.Calf or MovementPattern.IsolationLower && candidate is MovementPattern.Calf or MovementPattern.IsolationLower);

    /// <summary>True when <paramref name="candidate"/> is one of the patterns a category allows (or compatible with one).</summary>
    public static bool Allowed(IReadOnlyList<MovementPattern>? allowed, MovementPattern candidate) =>
        allowed is null || allowed.Any(a => Compatible(a, candidate));
}
