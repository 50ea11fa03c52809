using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>One exercise of a session being built.</summary>
internal sealed record Part(Role Role, Exercise Exercise, Dose Dose);

/// <summary>A session being built: its slot, its A/B variant and its exercises.</summary>
internal sealed record DraftSession(Slot Slot, char Variant, List<Part> Parts);

/// <summary>
/// Fits a session into its time budget by trimming, least important first: accessory sets, then rests down to
/// the 2 minutes heavy sets need, then volume, then whole accessories. The main patterns (squat or single-leg,
/// hinge, push or pull) always stay, so every session still trains the whole body.
/// </summary>
internal static class SessionFitter
{
    // Calves and core are the runner's accessories: the main lifts give up volume before they are dropped.
    private static readonly Func<List<Part>, bool>[] Trims =
    [
        parts => Set(parts, Role.Core, d => d.Sets > 1 ? d with { Sets = 1 } : null),
        parts => Set(parts, Role.Calf, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Explosive, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Knee, d => d.RestSeconds > 150 ? d with { RestSeconds = 150 } : null)
            | Set(parts, Role.Hinge, d => d.RestSeconds > 150 ? d with { RestSeconds = 150 } : null),
        // Warm-ups stay, briefer: two ramp sets with 30 s between them.
        parts => Set(parts, Role.Knee, Briefly) | Set(parts, Role.Hinge, Briefly) | Set(parts, Role.Push, Briefly) | Set(parts, Role.Pull, Briefly),
        parts => Set(parts, Role.Push, d => d.Sets > 2 ? d with { Sets = 2 } : null)
            | Set(parts, Role.Pull, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        parts => Set(parts, Role.Knee, d => d.Sets > 3 ? d with { Sets = 3 } : null),
        parts => Set(parts, Role.Knee, d => d.RestSeconds > 120 ? d with { RestSeconds = 120 } : null)
            | Set(parts, Role.Hinge, d => d.RestSeconds > 120 ? d with { RestSeconds = 120 } : null),
        parts => Set(parts, Role.Calf, d => d.Sets > 1 ? d with { Sets = 1 } : null),
        parts => Set(parts, Role.Hinge, d => d.Sets > 2 ? d with { Sets = 2 } : null)
            | Set(parts, Role.Knee, d => d.Sets > 2 ? d with { Sets = 2 } : null),
        // Jumps recover in a minute; a loaded Olympic lift is a heavy set and keeps its 2 minutes (RL202).
        parts => Set(parts, Role.Explosive, d => d.RestSeconds > 60 && d.Rpe is null ? d with { RestSeconds = 60 } : null),
        // Easy sets (RPE ≤ 6) need a minute; a heavy top set keeps the 2 minutes heavy sets need.
        parts => Set(parts, Role.Knee, Quicker) | Set(parts, Role.Hinge, Quicker) | Set(parts, Role.Push, Quicker) | Set(parts, Role.Pull, Quicker),
        parts => Set(parts, Role.Knee, d => d.TopSet is { RestSeconds: > 120 } top ? d with { TopSet = top with { RestSeconds = 120 } } : null),
        parts => parts.Any(p => p.Role == Role.Push) && Drop(parts, Role.Pull),
        parts => Drop(parts, Role.Calf),
        parts => Drop(parts, Role.Core),
        parts => Drop(parts, Role.Explosive),
    ];

    /// <summary>Trims <paramref name="parts"/> until the session fits <paramref name="budget"/>; returns its estimated length.</summary>
    public static TimeSpan Fit(List<Part> parts, TimeSpan budget, Func<Part, IReadOnlyList<TrainingSet>> sets)
    {
        var length = Estimate(parts, sets);
        foreach (var trim in Trims)
        {
            if (length <= budget)
            {
                break;
            }

            if (trim(parts))
            {
                length = Estimate(parts, sets);
            }
        }

        return length;
    }

    public static TimeSpan Estimate(IEnumerable<Part> parts, Func<Part, IReadOnlyList<TrainingSet>> sets) =>
        SessionLength.Estimate(parts.Select(sets));

    private static bool Set(List<Part> parts, Role role, Func<Dose, Dose?> change)
    {
        var changed = false;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Role == role && change(parts[i].Dose) is { } dose)
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

    private static Dose? Briefly(Dose dose) => dose.ByMax && !dose.BriefWarmUp
        ? dose with { BriefWarmUp = true, TopSet = dose.TopSet is { } top ? top with { BriefWarmUp = true } : null }
        : null;

    private static bool Drop(List<Part> parts, Role role) => parts.RemoveAll(p => p.Role == role) > 0;
}
