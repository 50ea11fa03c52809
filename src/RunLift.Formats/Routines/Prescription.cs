using System.Text.RegularExpressions;
using RunLift.Training;

namespace RunLift.Formats.Routines;

/// <summary>
/// The short exercise form: <c>NAME PRESCRIPTION[, PRESCRIPTION...]</c>, a prescription being
/// <c>SETS x REPS[-REPS][/side] [@ LOAD] [rest DURATION] [to failure] [warm-up]</c> (formats.md §1).
/// </summary>
internal static partial class Prescription
{
    /// <summary>The most sets one prescription may expand to; more is a typo, and would cost memory.</summary>
    public const int MaxSets = 100;

    private const int MaxReps = 1000;

    public static ExerciseEntry Parse(string text, Spot spot, MassUnit units, string origin)
    {
        // The name is everything before the first "SETS x ..." token: names hold digits and words
        // ("Cable 1-Arm Face Pull", "Dumbbell Press on Stability Ball"), a prescription never starts otherwise.
        var start = PrescriptionStart().Match(text);
        if (!start.Success)
        {
            var shown = text.Trim();
            throw spot.At(LeadingSpaces(text), $"'{shown}' has no prescription: write SETS x REPS after the name (e.g. '{shown} 3x5')");
        }

        var name = text[..start.Index].Trim();
        if (name.Length == 0)
        {
            throw spot.At(start.Index, "the exercise name is missing before its prescription");
        }

        var cursor = new Cursor(text, spot) { Pos = start.Index };
        var sets = ReadGroups(cursor, units);
        return new ExerciseEntry(name, sets) { Origin = origin };
    }

    /// <summary>Reads one or more comma-separated prescriptions to the end of the text.</summary>
    public static List<TrainingSet> ReadGroups(Cursor c, MassUnit units)
    {
        var sets = new List<TrainingSet>();
        while (true)
        {
            c.SkipSpaces();
            var setsAt = c.Pos;
            if (!c.TryInteger(out var count))
            {
                throw c.Error($"expected SETS x REPS (e.g. 3x5), found {c.Token()}");
            }

            if (count < 1)
            {
                throw c.Error(setsAt, "a prescription needs at least 1 set");
            }

            if (count > MaxSets)
            {
                throw c.Error(setsAt, $"{count} sets is not plausible (at most {MaxSets})");
            }

            c.SkipSpaces();
            if (c.Current is not ('x' or 'X' or '×'))
            {
                throw c.Error($"expected 'x' after the number of sets (e.g. {count}x5), found {c.Token()}");
            }

            c.Pos++;
            var set = ReadReps(c);
            set = ReadClauses(c, set, units);
            for (var i = 0; i < count; i++)
            {
                sets.Add(set);
            }

            c.SkipSpaces();
            if (c.AtEnd)
            {
                return sets;
            }

            // ReadClauses stops only at the end or at a comma.
            c.Pos++;
        }
    }

    /// <summary>REPS: <c>5</c>, <c>8-10</c>, <c>AMRAP</c>, a time (<c>30s</c>) or a distance (<c>20m</c>, <c>50 yd</c>).</summary>
    public static TrainingSet ReadReps(Cursor c)
    {
        c.SkipSpaces();
        if (c.TryKeyword("amrap") || c.TryKeyword("max"))
        {
            return ReadSide(c, new TrainingSet { Amrap = true });
        }

        var start = c.Pos;
        if (!char.IsAsciiDigit(c.Current))
        {
            throw c.Error($"expected reps (5, 8-10, AMRAP, 30s or 20m), found {c.Token()}");
        }

        if (Quantities.IsClockAhead(c))
        {
            return ReadSide(c, new TrainingSet { Duration = Quantities.ReadDuration(c, "the set's duration") });
        }

        c.TryNumber(out var amount);
        var afterNumber = c.Pos;
        if (Quantities.TryDistanceUnit(c, amount) is { } distance)
        {
            if (amount <= 0 || distance.Meters > 100_000)
            {
                throw c.Error(start, $"'{c.Text[start..c.Pos]}' is not a plausible distance");
            }

            return ReadSide(c, new TrainingSet { Distance = distance });
        }

        c.SkipSpaces();
        var unit = c.Letters().ToLowerInvariant();
        c.Pos = afterNumber;
        if (unit is "s" or "sec" or "secs" or "second" or "seconds" or "min" or "mins" or "minute" or "minutes" or "h" or "hr" or "hrs" or "hour" or "hours")
        {
            c.Pos = start;
            return ReadSide(c, new TrainingSet { Duration = Quantities.ReadDuration(c, "the set's duration") });
        }

        if (amount != Math.Floor(amount))
        {
            throw c.Error(start, $"reps are whole numbers, found '{c.Text[start..afterNumber]}'");
        }

        if (amount < 1)
        {
            throw c.Error(start, "reps must be at least 1 (or give a time, like 30s)");
        }

        if (amount > MaxReps)
        {
            throw c.Error(start, $"{amount} reps is not plausible");
        }

        var set = new TrainingSet { Reps = (int)amount };
        if (c.Current == '-' && char.IsAsciiDigit(c.Next))
        {
            c.Pos++;
            var highAt = c.Pos;
            c.TryInteger(out var high);
            if (high < set.Reps || high > MaxReps)
            {
                throw c.Error(highAt, $"a rep range goes from low to high ({set.Reps}-{Math.Max(high, set.Reps.Value + 1)})");
            }

            set = set with { RepsMax = high };
        }

        return ReadSide(c, set);
    }

    /// <summary>
    /// Loads after <c>@</c>: <c>80%</c>, <c>100 kg</c>, <c>225 lb</c>, a bare number in the document's unit,
    /// <c>RPE 8</c>, <c>RIR 2</c>, <c>bw</c>, <c>bw+10kg</c>, <c>bw-20kg</c>; several may follow one another
    /// (<c>@ 100 kg RPE 8</c>).
    /// </summary>
    public static TrainingSet ReadLoads(Cursor c, TrainingSet set, MassUnit units, string after)
    {
        c.SkipSpaces();
        if (!TryReadLoad(c, ref set, units))
        {
            throw c.Error($"expected a load after {after} (80%, 100 kg, RPE 8, RIR 2, bw, bw+10kg), found {c.Token()}");
        }

        while (TryReadLoad(c, ref set, units))
        {
        }

        return set;
    }

    private static TrainingSet ReadSide(Cursor c, TrainingSet set)
    {
        if (c.Current != '/')
        {
            return set;
        }

        c.Pos++;
        var at = c.Pos;
        var word = c.Letters().ToLowerInvariant();
        if (word is not ("side" or "leg" or "arm" or "each"))
        {
            throw c.Error(at, $"expected /side, /leg or /arm, found '/{word}'");
        }

        return set with { PerSide = true };
    }

    private static TrainingSet ReadClauses(Cursor c, TrainingSet set, MassUnit units)
    {
        while (true)
        {
            c.SkipSpaces();
            if (c.AtEnd || c.Current == ',')
            {
                return set;
            }

            if (c.Current == '@')
            {
                c.Pos++;
                set = ReadLoads(c, set, units, "'@'");
            }
            else if (c.TryKeyword("rest"))
            {
                set = set with { Rest = Quantities.ReadDuration(c, "the rest") };
            }
            else if (c.TryKeyword("to"))
            {
                c.SkipSpaces();
                if (!c.TryKeyword("failure"))
                {
                    throw c.Error($"expected 'failure' after 'to', found {c.Token()}");
                }

                set = set with { ToFailure = true };
            }
            else if (c.TryKeyword("each"))
            {
                set = set with { PerSide = true };
            }
            else if (c.TryKeyword("warmup") || TryWarmUp(c))
            {
                set = set with { Kind = SetKind.Warmup };
            }
            else if (!TryReadLoad(c, ref set, units, loadsOnlyAfterAt: true))
            {
                throw c.Error($"unexpected {c.Token()}: expected '@ LOAD', 'rest DURATION', 'to failure', 'each', 'warm-up' or ', ' before the next prescription");
            }
        }
    }

    /// <summary><c>warm-up</c>, as plans write it.</summary>
    private static bool TryWarmUp(Cursor c)
    {
        var save = c.Pos;
        if (c.TryKeyword("warm") && c.Current == '-')
        {
            c.Pos++;
            if (c.TryKeyword("up"))
            {
                return true;
            }
        }

        c.Pos = save;
        return false;
    }

    private static bool TryReadLoad(Cursor c, ref TrainingSet set, MassUnit units, bool loadsOnlyAfterAt = false)
    {
        var save = c.Pos;
        c.SkipSpaces();
        var at = c.Pos;
        if (c.TryKeyword("rpe"))
        {
            c.SkipSpaces();
            var valueAt = c.Pos;
            if (!c.TryNumber(out var rpe))
            {
                throw c.Error($"expected a number after 'RPE', found {c.Token()}");
            }

            if (!Rpe.IsValid(rpe))
            {
                throw c.Error(valueAt, $"RPE runs from 1 to 10, found {rpe}");
            }

            set = set with { Rpe = Rpe.Of(rpe), ToFailure = set.ToFailure || rpe >= 10 };
            return true;
        }

        if (c.TryKeyword("rir"))
        {
            c.SkipSpaces();
            var valueAt = c.Pos;
            if (!c.TryInteger(out var rir))
            {
                throw c.Error($"expected a whole number after 'RIR', found {c.Token()}");
            }

            if (rir > 10)
            {
                throw c.Error(valueAt, $"RIR runs from 0 to 10, found {rir}");
            }

            set = set with { RepsInReserve = rir, ToFailure = set.ToFailure || rir == 0 };
            return true;
        }

        if (loadsOnlyAfterAt)
        {
            // Masses, percentages and bodyweight need their '@'; only RPE/RIR read naturally without it.
            c.Pos = save;
            return false;
        }

        if (c.TryKeyword("bodyweight") || c.TryKeyword("bw"))
        {
            set = set with { Bodyweight = true };
            c.SkipSpaces();
            if (c.Current is '+' or '-')
            {
                var assisted = c.Current == '-';
                c.Pos++;
                var mass = Quantities.ReadMass(c, units, assisted ? "the assistance after 'bw-'" : "the added load after 'bw+'");
                set = set with { Load = mass, Assisted = assisted };
            }

            return true;
        }

        if (c.Current == '-' && char.IsAsciiDigit(c.Next))
        {
            throw c.Error("a load cannot be negative");
        }

        if (!char.IsAsciiDigit(c.Current))
        {
            c.Pos = save;
            return false;
        }

        c.TryNumber(out var amount);
        if (c.Current == '%')
        {
            c.Pos++;
            if (amount is <= 0 or > 120)
            {
                throw c.Error(at, $"{amount}% of 1RM is not plausible (1-120%)");
            }

            set = set with { PercentOneRepMax = amount };
            return true;
        }

        var unit = Quantities.TryMassUnit(c) ?? units;
        set = set with { Load = Quantities.CheckedMass(c, at, amount, unit, "a load") };
        return true;
    }

    private static int LeadingSpaces(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"(?<!\S)\d+\s*[x×]\s*(?:\d|amrap\b|max\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrescriptionStart();
}
