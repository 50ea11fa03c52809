namespace RunLift.Catalog;

/// <summary>What the words of a name say about an exercise.</summary>
internal sealed record Classification(
    MovementPattern Pattern,
    Mechanic Mechanic,
    BodyRegion Region,
    bool Explosive,
    bool Unilateral,
    bool RunnerAccessory,
    bool FromKeywords);

/// <summary>
/// Classifies an exercise from the words of its name (principles.md RL001). Used for names the catalog
/// does not know, and by the catalog generator as the first opinion on free-exercise-db entries.
/// Order matters: the more specific reading wins ("jump squat" is a jump, "leg press" a squat, "calf press" calf work).
/// </summary>
internal static class KeywordClassifier
{
    public static Classification Classify(IReadOnlyCollection<string> tokens)
    {
        bool Has(string t) => tokens.Contains(t);
        bool Any(params ReadOnlySpan<string> ts)
        {
            foreach (var t in ts)
            {
                if (tokens.Contains(t))
                {
                    return true;
                }
            }

            return false;
        }

        var unilateral = Any("singleleg", "singlearm", "alternating", "lunge", "stepup", "split", "pistol",
            "bulgarian", "copenhagen", "skater") || Has("side") && Has("plank");
        unilateral &= !Has("twoarm");

        Classification Make(MovementPattern pattern, BodyRegion region, Mechanic mechanic = Mechanic.Compound,
            bool explosive = false, bool accessory = false) =>
            new(pattern, mechanic, region, explosive, unilateral, accessory, true);

        // A snatch-grip deadlift or a clean-grip front squat borrows the lift's grip, not its speed.
        if (Any("clean", "snatch", "jerk") && !Any("deadlift", "grip"))
        {
            return Make(MovementPattern.Olympic, BodyRegion.Full, explosive: true);
        }

        if (Any("jump", "hop", "bound", "leap", "plyometric", "pogo", "throw", "slam", "toss", "skip", "hurdle"))
        {
            var upper = Any("pushup", "chest", "pass", "throw", "slam", "toss", "medball");
            return Make(MovementPattern.Plyometric, upper ? BodyRegion.Full : BodyRegion.Lower, explosive: true);
        }

        if (Any("tibialis", "tibia", "shin"))
        {
            return Make(MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Any("calf", "soleus", "heel"))
        {
            return Make(MovementPattern.Calf, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Has("nordic"))
        {
            return Make(MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Has("copenhagen"))
        {
            return Make(MovementPattern.Core, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Any("foot", "arch", "doming") || Has("toe") && Any("curl", "yoga", "spread", "scrunch", "towel"))
        {
            return Make(MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Any("clamshell", "clam") || Has("abduction") && Any("band", "lying", "side"))
        {
            return Make(MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, accessory: true);
        }

        if (Any("stretch", "stretching", "mobility", "foam", "roll", "rolling", "cars", "smr", "yoga", "pilates"))
        {
            return Make(MovementPattern.Mobility, BodyRegion.Full);
        }

        // Walking is conditioning; a loaded walk (a farmer's walk) is a carry and a walking lunge a lunge.
        var walking = Any("walk", "walking", "hike", "hiking", "stair") && !Any("lunge", "power", "farmer", "carry", "suitcase", "yoke", "waiter",
            "overhead", "band", "monster", "bear", "crab", "duck", "plank", "hand", "handstand", "lateral", "kettlebell",
            "dumbbell", "sandbag", "sled", "weighted", "barbell", "plate");
        if (walking || Any("run", "running", "jog", "jogging", "bike", "bicycling", "cycling", "cycle", "spin", "spinning",
            "treadmill", "elliptical", "rowing", "rower", "erg", "skierg", "stairmaster", "stepmill", "sprint", "warm",
            "swim", "swimming", "cardio", "hiit", "zumba", "aerobic", "burpee"))
        {
            return Make(MovementPattern.Cardio, BodyRegion.Full);
        }

        if (Has("glute") && Has("ham") || Has("hip") && Any("thrust", "raise", "lift", "bridge") || Has("good") && Has("morning"))
        {
            return Make(MovementPattern.Hinge, BodyRegion.Lower);
        }

        if (Any("leg", "knee") && Has("raise") || Any("crunch", "situp", "plank", "twist", "rollout", "pallof", "bug",
            "ab", "oblique", "woodchop", "chop", "hollow", "flutter", "jackknife", "vup", "windmill", "bend", "dragon"))
        {
            return Make(MovementPattern.Core, Has("copenhagen") ? BodyRegion.Lower : BodyRegion.Core);
        }

        if (Any("curl", "fly", "raise", "extension", "kickback", "pushdown", "pullover", "skullcrusher", "shrug",
            "abduction", "adduction", "abductor", "adductor", "crossover", "pec"))
        {
            var lower = Any("leg", "quad", "hamstring", "glute", "hip", "knee", "abduction", "adduction", "abductor", "adductor", "thigh");
            if (lower)
            {
                return Make(MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation);
            }

            var region = Any("fly", "crossover", "pec", "chest") ? BodyRegion.Chest
                : Any("lateral", "front", "rear", "delt", "shoulder") ? BodyRegion.Shoulders
                : Any("shrug", "pullover", "back", "lat") ? BodyRegion.Back
                : BodyRegion.Arms;
            return Make(MovementPattern.IsolationUpper, region, Mechanic.Isolation);
        }

        if (Any("carry", "farmer", "yoke", "suitcase") || Has("walk") && !Any("lunge", "band", "monster"))
        {
            return Make(MovementPattern.Carry, BodyRegion.Full);
        }

        if (Any("lunge", "stepup", "pistol", "bulgarian") || Has("split") && Has("squat")
            || Has("singleleg") && Any("squat", "deadlift", "rdl", "romanian", "stiff", "press"))
        {
            return Make(MovementPattern.SingleLeg, BodyRegion.Lower);
        }

        if (Has("squat") || Has("leg") && Has("press") || Has("wall") && Has("sit"))
        {
            return Make(MovementPattern.Squat, BodyRegion.Lower);
        }

        if (Any("deadlift", "romanian", "hinge", "swing", "hyperextension", "bridge", "thrust")
            || Has("back") && Has("extension") || Has("pull") && Has("through"))
        {
            return Make(MovementPattern.Hinge, BodyRegion.Lower, explosive: Has("swing"));
        }

        if (Any("press", "pushup", "dip", "bench"))
        {
            var region = Any("overhead", "shoulder", "military", "arnold", "push") && !Has("bench") ? BodyRegion.Shoulders
                : Has("tricep") ? BodyRegion.Arms
                : BodyRegion.Chest;
            return Make(MovementPattern.Push, region);
        }

        if (Any("row", "pullup", "chinup", "pulldown", "pull", "chin"))
        {
            return Make(MovementPattern.Pull, Any("face", "upright", "delt") ? BodyRegion.Shoulders : BodyRegion.Back);
        }

        // Nothing recognisable: count it toward no rule rather than toward the wrong one.
        return new(MovementPattern.Mobility, Mechanic.Compound, BodyRegion.Full, false, unilateral, false, false);
    }
}
