using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>One exercise of a session being built; <paramref name="Rung"/> when the body alone is its load.</summary>
internal sealed record Part(Role Role, Exercise Exercise, Dose Dose, Rung? Rung = null);

/// <summary>A session being built: its slot, its A/B variant, its exercises, the exercises as chosen before the time limit and the load ramp cut any, and the limit.</summary>
internal sealed record DraftSession(Slot Slot, char Variant, List<Part> Parts, IReadOnlyList<Part> Chosen, TimeSpan Budget)
{
    /// <summary>The exercises as the time limit left them, before the load ramp eased any.</summary>
    public IReadOnlyList<Part> Fitted { get; } = [.. Parts];

    /// <summary>A taper or off-season session, or one kept easy because a race is close: light by design.</summary>
    public bool Easy => Slot.Kind == SlotKind.Easy;
}

/// <summary>
/// Fits a session into its time budget by trimming in principles.md's order ("Short sessions keep the whole body"):
/// first what costs no work (rests down to what heavy sets need, briefer warm-ups), then core and calf volume, then sets
/// of the main lifts (never below 2), then rests easy sets do not need, then whole exercises: the core, the push (the pull
/// stays), the calves. The squat or single-leg lift, the hinge, a pull or push, the explosive work and the rehab
/// progression stay; explosive work gives up sets only when nothing else is left.
/// </summary>
internal static class SessionFitter
{
    private const string PogoHops = "pogo-hops";

    private static readonly Role[] MainLifts = [Role.Knee, Role.Hinge, Role.Push, Role.Pull];

    private static readonly Func<List<Part>, bool>[] Trims =
    [
        parts => Set(parts, Role.Knee, d => d.RestSeconds > 150 ? d with { RestSeconds = 150 } : null)
            | Set(parts, Role.Hinge, d => d.RestSeconds > 150 ? d with { RestSeconds = 150 } : null),
        // Warm-ups stay, briefer: two ramp sets with 30 s between them.
        parts => Each(parts, MainLifts, Briefly),
        parts => Set(parts, Role.Core, d => d.Sets > 1 ? d with { Sets = 1 } : null),
        parts => Set(parts, Role.Calf, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Push, d => d.Sets > 2 ? d with { Sets = 2 } : null)
            | Set(parts, Role.Pull, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Knee, d => d.Sets > 3 ? d with { Sets = 3 } : null),
        parts => Set(parts, Role.Hinge, d => d.Sets > 2 ? d with { Sets = 2 } : null)
            | Set(parts, Role.Knee, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Knee, d => d.RestSeconds > 120 ? d with { RestSeconds = 120 } : null)
            | Set(parts, Role.Hinge, d => d.RestSeconds > 120 ? d with { RestSeconds = 120 } : null),
        // Jumps recover in a minute; a loaded Olympic lift is a heavy set and keeps its 2 minutes (RL202).
        parts => Set(parts, Role.Explosive, d => d.RestSeconds > 60 && d.Rpe is null ? d with { RestSeconds = 60 } : null),
        // Easy sets (RPE ≤ 6) need a minute; heavy sets keep the 2 minutes they need.
        parts => Each(parts, MainLifts, Quicker),
        parts => Set(parts, Role.Calf, d => d.Sets > 1 ? d with { Sets = 1 } : null),
        parts => Drop(parts, Role.Core),
        parts => parts.Exists(p => p.Role == Role.Pull) && Drop(parts, Role.Push),
        parts => Drop(parts, Role.Calf),
        // The jumps stay: the upper-body lift goes easy (RPE 6, a minute's rest) to make room for them.
        parts => Set(parts, Role.Pull, EasyUpper) | Set(parts, Role.Push, EasyUpper),
        // Pogo hops are a low-level drill: half a minute between sets and fewer, longer sets keep the week's contacts.
        parts => Set(parts, Role.Explosive, d => d.Rpe is null && d.RestSeconds > 30 ? d with { RestSeconds = 30 } : null, PogoHops)
            | Set(parts, Role.Explosive, LongerSets, PogoHops),
        parts => Set(parts, Role.Explosive, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => parts.RemoveAll(p => p.Role == Role.Explosive && p.Exercise.Id == PogoHops && parts.Count(o => o.Role == Role.Explosive) > 1) > 0,
        parts => Drop(parts, Role.Explosive),
    ];

    /// <summary>Trims <paramref name="parts"/> until the session fits <paramref name="budget"/>; returns its estimated length.</summary>
    public static TimeSpan Fit(List<Part> parts, TimeSpan budget, Func<Part, IReadOnlyList<TrainingSet>> sets)
    {
        var length = Estimate(parts, sets);
        Part? push = null;
        foreach (var trim in Trims)
        {
            if (length <= budget)
            {
                break;
            }

            push ??= parts.Find(p => p.Role == Role.Push);
            if (trim(parts))
            {
                length = Estimate(parts, sets);
            }
        }

        // The pull stays before the push, unless only the push fits (a one-arm row takes twice as long as a press).
        var pull = parts.FindIndex(p => p.Role == Role.Pull);
        if (length > budget && push is not null && pull >= 0 && !parts.Contains(push))
        {
            var kept = parts[pull];
            parts[pull] = push with { Dose = push.Dose with { Sets = kept.Dose.Sets, RestSeconds = kept.Dose.RestSeconds } };
            var swapped = Estimate(parts, sets);
            if (swapped < length)
            {
                return swapped;
            }

            parts[pull] = kept;
        }

        return length;
    }

    public static TimeSpan Estimate(IEnumerable<Part> parts, Func<Part, IReadOnlyList<TrainingSet>> sets) =>
        SessionLength.Estimate(parts.Select(sets));

    private static bool Each(List<Part> parts, Role[] roles, Func<Dose, Dose?> change)
    {
        var changed = false;
        foreach (var role in roles)
        {
            changed |= Set(parts, role, change);
        }

        return changed;
    }

    private static bool Set(List<Part> parts, Role role, Func<Dose, Dose?> change, string? only = null)
    {
        var changed = false;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Role == role && (only is null || parts[i].Exercise.Id == only) && change(parts[i].Dose) is { } dose)
            {
                parts[i] = parts[i] with { Dose = dose };
                changed = true;
            }
        }

        return changed;
    }

    // Easy by both measures: RPE ≤ 6, and below 80 % on the RTS table (3 reps at RPE 6 is 81 %: a heavy set).
    private static Dose? Quicker(Dose dose) =>
        dose.RestSeconds > 60 && dose.Rpe <= 6 && dose.TablePercent < 80
            ? dose with { RestSeconds = 60 }
            : null;

    // Only where the easier set is no longer heavy (below 80 % on the table): 3 reps at RPE 6 still is, and needs its 2 minutes.
    private static Dose? EasyUpper(Dose dose) =>
        (dose.Rpe > 6 || dose.RestSeconds > 60) && (dose with { Rpe = 6 }).TablePercent < 80 ? dose with { Rpe = 6, RestSeconds = 60 } : null;

    // The same contacts in sets of up to 20 (a set of 20 pogo hops is over in 15 seconds).
    private static Dose? LongerSets(Dose dose)
    {
        const int MostPerSet = 20;
        var contacts = dose.Sets * dose.Reps;
        var sets = (contacts + MostPerSet - 1) / MostPerSet;
        return sets < dose.Sets ? dose with { Sets = sets, Reps = (contacts + sets - 1) / sets } : null;
    }

    private static Dose? Briefly(Dose dose) => dose.ByMax && !dose.BriefWarmUp
        ? dose with { BriefWarmUp = true }
        : null;

    private static bool Drop(List<Part> parts, Role role) => parts.RemoveAll(p => p.Role == role) > 0;
}
