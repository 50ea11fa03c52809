using RunLift.Training;

namespace RunLift.Formats.Routines;

/// <summary>Durations, masses, distances, times of day and dates as people write them in a routine.</summary>
internal static class Quantities
{
    private static readonly TimeSpan LongestDuration = TimeSpan.FromHours(48);

    /// <summary>
    /// Reads <c>45s</c>, <c>3min</c>, <c>2:30</c> (minutes:seconds), <c>1:02:30</c>, <c>2h</c>, <c>1h40min</c>
    /// or <c>1h 40min</c>. <c>m</c> is refused: in a routine it means metres (<c>3x20m</c>).
    /// </summary>
    public static TimeSpan ReadDuration(Cursor c, string what)
    {
        c.SkipSpaces();
        if (!char.IsAsciiDigit(c.Current))
        {
            throw c.Error($"expected {what} (45s, 3min, 2:30, 1h40min), found {c.Token()}");
        }

        var start = c.Pos;
        if (TryClock(c, out var clock))
        {
            return Checked(c, start, clock);
        }

        var total = TimeSpan.Zero;
        var parts = 0;
        while (true)
        {
            var partStart = c.Pos;
            if (!c.TryNumber(out var amount))
            {
                c.Pos = partStart;
                break;
            }

            var afterNumber = c.Pos;
            c.SkipSpaces();
            var unitAt = c.Pos;
            var unit = c.Letters().ToLowerInvariant();
            double? seconds = unit switch
            {
                "h" or "hr" or "hrs" or "hour" or "hours" => amount * 3600,
                "min" or "mins" or "minute" or "minutes" => amount * 60,
                "s" or "sec" or "secs" or "second" or "seconds" => amount,
                _ => null,
            };
            if (seconds is null)
            {
                if (parts > 0)
                {
                    c.Pos = partStart;
                    break;
                }

                if (unit is "m")
                {
                    throw c.Error(unitAt, $"minutes are written 'min' ({amount}min), not 'm', which means metres");
                }

                throw unit.Length == 0
                    ? c.Error(afterNumber, $"expected a unit after {amount} in {what}: s, min or h")
                    : c.Error(unitAt, $"unknown unit '{unit}' in {what}: use s, min or h");
            }

            total += TimeSpan.FromSeconds(Math.Min(seconds.Value, LongestDuration.TotalSeconds * 2));
            parts++;

            // Another part may follow, with or without a space (1h 40min); anything else ends the duration.
            var save = c.Pos;
            c.SkipSpaces();
            if (!char.IsAsciiDigit(c.Current) || !LooksLikeDurationPart(c))
            {
                c.Pos = save;
                break;
            }
        }

        return Checked(c, start, total);
    }

    public static TimeSpan Duration(string text, Spot spot, string what)
    {
        var c = new Cursor(text, spot);
        var value = ReadDuration(c, what);
        c.ExpectEnd(what);
        return value;
    }

    /// <summary>A mass: a number with <c>kg</c> or <c>lb</c>, or a bare number in the document's unit.</summary>
    public static Load ReadMass(Cursor c, MassUnit units, string what)
    {
        c.SkipSpaces();
        if (c.Current == '-' && char.IsAsciiDigit(c.Next))
        {
            throw c.Error($"{what} cannot be negative");
        }

        var start = c.Pos;
        if (!c.TryNumber(out var amount))
        {
            throw c.Error($"expected {what} (100 kg, 225 lb), found {c.Token()}");
        }

        var unit = TryMassUnit(c) ?? units;
        return CheckedMass(c, start, amount, unit, what);
    }

    public static Load Mass(string text, Spot spot, MassUnit units, string what)
    {
        var c = new Cursor(text, spot);
        var value = ReadMass(c, units, what);
        c.ExpectEnd(what);
        return value;
    }

    /// <summary>Consumes <c>kg</c>/<c>lb</c> (attached or after a space) when it follows; otherwise leaves the cursor.</summary>
    public static MassUnit? TryMassUnit(Cursor c)
    {
        var save = c.Pos;
        c.SkipSpaces();
        var word = c.Letters().ToLowerInvariant();
        switch (word)
        {
            case "kg" or "kgs" or "kilo" or "kilos" or "kilogram" or "kilograms":
                return MassUnit.Kilograms;
            case "lb" or "lbs" or "pound" or "pounds":
                return MassUnit.Pounds;
            default:
                c.Pos = save;
                return null;
        }
    }

    public static Load CheckedMass(Cursor c, int at, double amount, MassUnit unit, string what)
    {
        if (Load.From(amount, unit).Kilograms > 1000)
        {
            throw c.Error(at, $"{what} of {amount} {(unit == MassUnit.Pounds ? "lb" : "kg")} is not plausible");
        }

        return Load.From(Math.Round(amount, 3), unit);
    }

    /// <summary>Reads a distance unit after a number: m, yd, km, mi. Null (cursor unchanged) when none follows.</summary>
    public static Distance? TryDistanceUnit(Cursor c, double amount)
    {
        var save = c.Pos;
        c.SkipSpaces();
        var word = c.Letters().ToLowerInvariant();
        Distance? distance = word switch
        {
            "m" or "meter" or "meters" or "metre" or "metres" => Training.Distance.FromMeters(amount),
            "yd" or "yds" or "yard" or "yards" => Training.Distance.FromYards(amount),
            "km" or "k" => Training.Distance.FromKilometers(amount),
            "mi" or "mile" or "miles" => Training.Distance.FromMiles(amount),
            _ => null,
        };
        if (distance is null)
        {
            c.Pos = save;
        }

        return distance;
    }

    /// <summary>Race distances: 5k, 10k, half, marathon, ultra (50 km), or a number with km, mi or m.</summary>
    public static Distance RaceDistance(string text, Spot spot)
    {
        var named = text.Trim().ToLowerInvariant() switch
        {
            "half" or "half marathon" or "half-marathon" => 21.0975,
            "marathon" or "full" => 42.195,
            "ultra" => 50.0,
            _ => (double?)null,
        };
        if (named is { } km)
        {
            return Training.Distance.FromKilometers(km);
        }

        var c = new Cursor(text, spot);
        c.SkipSpaces();
        var start = c.Pos;
        if (!c.TryNumber(out var amount) || amount <= 0 || amount > 1000)
        {
            throw c.Error(start, $"expected a race distance (5k, 10k, half, marathon, ultra, \"42.2 km\", \"3 mi\"), found '{text}'");
        }

        var distance = TryDistanceUnit(c, amount)
            ?? throw c.Error($"expected a unit after {amount}: k, km, mi or m");
        c.ExpectEnd("the race distance");
        return distance;
    }

    /// <summary><c>am</c>, <c>pm</c> or a clock time <c>HH:MM</c>; null (cursor unchanged) when none is there.</summary>
    public static TimeOfDay? TryTimeOfDay(Cursor c)
    {
        c.SkipSpaces();
        if (c.TryKeyword("am"))
        {
            return TimeOfDay.Am;
        }

        if (c.TryKeyword("pm"))
        {
            return TimeOfDay.Pm;
        }

        var start = c.Pos;
        if (!IsClockAhead(c))
        {
            return null;
        }

        c.TryInteger(out var hours);
        c.Pos++;
        c.TryInteger(out var minutes);
        if (hours > 23 || minutes > 59 || c.Pos - start > 5)
        {
            throw c.Error(start, $"'{c.Text[start..c.Pos]}' is not a time of day (HH:MM, am or pm)");
        }

        return TimeOfDay.At(new TimeOnly(hours, minutes));
    }

    public static TimeOfDay TimeOfDayOf(string text, Spot spot)
    {
        var c = new Cursor(text, spot);
        var time = TryTimeOfDay(c) ?? throw c.Error($"expected a time of day (am, pm or HH:MM), found {c.Token()}");
        c.ExpectEnd("the time");
        return time;
    }

    public static DateOnly Date(string text, Spot spot)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            throw spot.Error($"'{text}' is not a date: write YYYY-MM-DD");
        }

        return date;
    }

    /// <summary>True when <c>H:MM</c> or <c>HH:MM</c> stands at the cursor.</summary>
    public static bool IsClockAhead(Cursor c)
    {
        var t = c.Text;
        var i = c.Pos;
        var digits = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i]))
        {
            i++;
            digits++;
        }

        return digits is 1 or 2 && i + 2 < t.Length && t[i] == ':' && char.IsAsciiDigit(t[i + 1]) && char.IsAsciiDigit(t[i + 2])
            && (i + 3 >= t.Length || !char.IsAsciiDigit(t[i + 3]));
    }

    private static bool TryClock(Cursor c, out TimeSpan value)
    {
        value = default;
        var t = c.Text;
        var i = c.Pos;
        var fields = new List<int>(3);
        while (true)
        {
            var start = i;
            while (i < t.Length && char.IsAsciiDigit(t[i]) && i - start < 6)
            {
                i++;
            }

            if (i == start || (fields.Count > 0 && i - start != 2))
            {
                return false;
            }

            fields.Add(int.Parse(t.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture));
            if (fields.Count < 3 && i + 1 < t.Length && t[i] == ':' && char.IsAsciiDigit(t[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (fields.Count < 2 || (i < t.Length && char.IsAsciiLetterOrDigit(t[i])) || fields[^1] > 59 || (fields.Count == 3 && fields[1] > 59))
        {
            return false;
        }

        value = fields.Count == 2
            ? TimeSpan.FromSeconds((fields[0] * 60.0) + fields[1])
            : TimeSpan.FromSeconds((fields[0] * 3600.0) + (fields[1] * 60) + fields[2]);
        c.Pos = i;
        return true;
    }

    private static bool LooksLikeDurationPart(Cursor c)
    {
        var save = c.Pos;
        try
        {
            c.TryNumber(out _);
            c.SkipSpaces();
            var unit = c.Letters().ToLowerInvariant();
            return unit is "h" or "hr" or "hrs" or "hour" or "hours" or "min" or "mins" or "minute" or "minutes" or "s" or "sec" or "secs" or "second" or "seconds" or "m";
        }
        finally
        {
            c.Pos = save;
        }
    }

    private static TimeSpan Checked(Cursor c, int start, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > LongestDuration)
        {
            throw c.Error(start, $"'{c.Text[start..c.Pos].Trim()}' is not a plausible duration");
        }

        return value;
    }
}
