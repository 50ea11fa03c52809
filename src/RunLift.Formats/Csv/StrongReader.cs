using System.Globalization;
using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// Strong's CSV export in its three known forms, told apart by the header:
/// <list type="bullet">
/// <item>comma-separated without units (<c>Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,...</c>):
/// the unit is whatever the app was set to, kilograms unless the caller says otherwise;</item>
/// <item>semicolon-separated with <c>Weight Unit</c>/<c>Distance Unit</c> columns: units per row;</item>
/// <item>the current quoted semicolon form with <c>"Workout #"</c>, <c>"Weight (kg)"</c>/<c>"Weight (lbs)"</c>,
/// <c>"Duration (sec)"</c> and <c>"Distance (meters)"</c>.</item>
/// </list>
/// <c>Set Order</c> is a number, <c>W</c> (warm-up), <c>D</c> (drop) or <c>F</c> (failure); <c>Rest Timer</c>
/// and <c>Note</c> rows are not sets (a rest timer's seconds become the previous set's rest).
/// </summary>
internal static class StrongReader
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd h:mm:ss tt", "yyyy-MM-dd HH:mm", "yyyy-MM-dd h:mm tt",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd",
    ];

    public static TrainingDocument Read(string file, Stream stream, char separator, MassUnit defaultUnit, ReadBudget budget, bool strict = false)
    {
        using var csv = new CsvInput(file, stream, separator, budget);
        var date = csv.Required("Date", "Strong");
        var workout = csv.Required("Workout Name", "Strong");
        var exercise = csv.Required("Exercise Name", "Strong");
        var order = csv.Required("Set Order", "Strong");
        var number = csv.Column("Workout #");
        var reps = csv.Column("Reps");
        var seconds = csv.Column("Seconds");
        var rpe = csv.Column("RPE");

        // Which form: the unit is in the header, in a column per row, or not written at all.
        int weight, weightUnit = csv.Column("Weight Unit"), distance, distanceUnit = csv.Column("Distance Unit"), duration;
        MassUnit unit;
        Func<double, Distance> distanceOf;
        var durationInSeconds = false;
        if (csv.Has("Weight (kg)") || csv.Has("Weight (lbs)") || number >= 0)
        {
            unit = csv.Has("Weight (lbs)") ? MassUnit.Pounds : MassUnit.Kilograms;
            weight = unit == MassUnit.Pounds ? csv.Column("Weight (lbs)") : csv.Column("Weight (kg)");
            (distance, distanceOf) = csv.Has("Distance (km)") ? (csv.Column("Distance (km)"), Distance.FromKilometers)
                : csv.Has("Distance (miles)") ? (csv.Column("Distance (miles)"), Distance.FromMiles)
                : csv.Has("Distance (feet)") ? (csv.Column("Distance (feet)"), d => Distance.FromMeters(d * 0.3048))
                : (csv.Column("Distance (meters)"), (Func<double, Distance>)Distance.FromMeters);
            duration = csv.Column("Duration (sec)");
            durationInSeconds = true;
        }
        else
        {
            unit = defaultUnit;
            weight = csv.Column("Weight");
            distance = csv.Column("Distance");
            distanceOf = unit == MassUnit.Pounds ? Distance.FromMiles : Distance.FromKilometers;
            duration = csv.Has("Duration") ? csv.Column("Duration") : csv.Column("Workout Duration");
        }

        var log = new LogBuilder(file);
        var unitCounts = new int[2];
        string? lastDateText = null;
        DateTime lastDate = default;
        TrainingSet? previous = null;
        ExerciseDraft? previousExercise = null;
        var bad = new BadRows(file, strict);
        while (csv.Read())
        {
            bad.Row();
            try
            {
                var orderText = csv.Text(order).Trim();
                if (orderText.Equals("Rest Timer", StringComparison.OrdinalIgnoreCase))
                {
                    if (previous is not null && previousExercise is not null && csv.Number(seconds, "the rest seconds") is > 0 and var rest)
                    {
                        previous = previous with { Rest = TimeSpan.FromSeconds(Math.Min(rest, 86_400)) };
                        previousExercise.Sets[^1] = previous;
                    }

                    continue;
                }

                if (orderText.Equals("Note", StringComparison.OrdinalIgnoreCase) || orderText.Equals("Notes", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var dateText = csv.Text(date);
                if (dateText != lastDateText)
                {
                    lastDate = ParseDate(csv, date, dateText);
                    lastDateText = dateText;
                }

                var name = CsvCells.Restore(csv.Text(exercise));
                if (name.Length == 0)
                {
                    throw csv.Error(exercise, "the Exercise Name is empty");
                }

                var key = number >= 0 ? dateText + "#" + csv.Text(number) : dateText;
                var session = log.Session(key, CsvCells.Restore(csv.Text(workout)), out var created);
                if (created)
                {
                    session.Date = DateOnly.FromDateTime(lastDate);
                    // A start at exactly midnight is how a log without start times is written (StrongCsvWriter): unknown.
                    session.Time = lastDate.TimeOfDay == TimeSpan.Zero ? null : TimeOfDay.At(TimeOnly.FromDateTime(lastDate));
                    session.Duration = durationInSeconds
                        ? csv.Number(duration, "the duration") is > 0 and var s ? TimeSpan.FromSeconds(Math.Min(s, 86_400)) : null
                        : WorkoutDuration(csv, duration);
                }

                var set = new TrainingSet();
                int setIndex;
                switch (orderText)
                {
                    case "W" or "w":
                        set = set with { Kind = SetKind.Warmup };
                        setIndex = -1;
                        break;
                    case "D" or "d":
                        set = set with { Kind = SetKind.Drop };
                        setIndex = -1;
                        break;
                    case "F" or "f":
                        set = set with { ToFailure = true };
                        setIndex = -1;
                        break;
                    default:
                        setIndex = csv.WholeNumber(order, "the Set Order") ?? throw csv.Error(order, "the Set Order is empty");
                        break;
                }

                var rowUnit = unit;
                if (weightUnit >= 0)
                {
                    rowUnit = csv.WeightUnit(weightUnit, "kg or lbs") ?? unit;
                }

                // Strong writes 0 for sets without external load (pull-ups, planks).
                if (csv.Number(weight, "the weight") is > 0 and var mass)
                {
                    set = set with { Load = HevyReader.Plausible(csv, weight, Load.From(Math.Round(mass, 3), rowUnit)) };
                    unitCounts[(int)rowUnit]++;
                }

                if (csv.Number(reps, "the reps") is { } count)
                {
                    if (count != Math.Floor(count) || count > 100_000)
                    {
                        throw csv.Error(reps, $"expected the reps (a whole number), found '{csv.Text(reps)}'");
                    }

                    set = set with { Reps = (int)count };
                }

                if (csv.Number(distance, "the distance") is > 0 and var length)
                {
                    set = set with { Distance = distanceUnit >= 0 ? DistanceOf(csv, distanceUnit, length, distanceOf) : distanceOf(length) };
                }

                if (csv.Number(seconds, "the seconds") is > 0 and var time)
                {
                    set = set with { Duration = TimeSpan.FromSeconds(Math.Min(time, 86_400)) };
                }

                // No RPE recorded is written as empty or 0.
                if (csv.Number(rpe, "the RPE") is > 0 and var effort)
                {
                    if (!Rpe.IsValid(effort))
                    {
                        throw csv.Error(rpe, $"RPE runs from 1 to 10, found {effort}");
                    }

                    set = set with { Rpe = Rpe.Of(effort) };
                }

                log.Add(session, name, null, setIndex, set, csv.Line);
                previous = set;
                previousExercise = session.Exercises[^1];
            }
            catch (InputException e) when (bad.Skip(e))
            {
                // Reported below with its line; the rest of the file is read.
            }
        }

        bad.ThrowIfNothingRead();

        if (weightUnit >= 0 && unitCounts[(int)MassUnit.Pounds] > unitCounts[(int)MassUnit.Kilograms])
        {
            unit = MassUnit.Pounds;
        }

        return new TrainingDocument { Units = unit, Sessions = log.Build(), Skipped = [.. bad.Skipped()] };
    }

    private static Distance DistanceOf(CsvInput csv, int column, double length, Func<double, Distance> fallback)
    {
        var text = csv.Text(column).Trim();
        return text.ToLowerInvariant() switch
        {
            "" => fallback(length),
            "km" => Distance.FromKilometers(length),
            "mi" or "miles" => Distance.FromMiles(length),
            "m" or "meters" or "metres" => Distance.FromMeters(length),
            "ft" or "feet" => Distance.FromMeters(length * 0.3048),
            "yd" or "yards" => Distance.FromYards(length),
            _ => throw csv.Error(column, $"unknown distance unit '{text}'; expected km, mi or m"),
        };
    }

    /// <summary>Strong's workout length: <c>31m</c>, <c>1h 3m</c>, <c>45s</c> (here <c>m</c> is minutes).</summary>
    private static TimeSpan? WorkoutDuration(CsvInput csv, int column)
    {
        var text = csv.Text(column).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var total = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start || i == text.Length || !double.TryParse(text.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                throw csv.Error(column, $"'{text}' is not a duration like '31m' or '1h 3m'");
            }

            total += char.ToLowerInvariant(text[i]) switch
            {
                'h' => amount * 3600,
                'm' => amount * 60,
                's' => amount,
                _ => throw csv.Error(column, $"'{text}' is not a duration like '31m' or '1h 3m'"),
            };
            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return total is > 0 and < 86_400 ? TimeSpan.FromSeconds(total) : null;
    }

    private static DateTime ParseDate(CsvInput csv, int column, string text)
    {
        // Strong's 12-hour times put a narrow no-break space before AM/PM.
        var normalized = text.Replace('\u202f', ' ').Replace('\u00a0', ' ').Trim();
        if (DateTime.TryParseExact(normalized, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw csv.Error(column, $"'{text}' is not a date like '2024-11-28 17:36:08'");
    }
}
