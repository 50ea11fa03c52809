using System.Globalization;
using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// Hevy's CSV export: one row per set, <c>"title","start_time","end_time","description","exercise_title",
/// "superset_id","exercise_notes","set_index","set_type","weight_kg"|"weight_lbs","reps",
/// "distance_km"|"distance_miles","duration_seconds","rpe"</c>, dates like <c>15 Sep 2025, 07:48</c> (local time).
/// Columns are found by name, fields read by index from CsvHelper's UTF-8 buffer; strings are made only for
/// the names (pooled) and the timestamps, which are parsed once per workout.
/// </summary>
internal static class HevyReader
{
    private static readonly string[] DateFormats =
    [
        "d MMM yyyy, HH:mm", "d MMM yyyy, H:mm", "d MMM yyyy HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssZ", "d MMMM yyyy, HH:mm",
    ];

    public static TrainingDocument Read(string file, Stream stream, ReadBudget budget, bool strict = false)
    {
        using var csv = new CsvInput(file, stream, ',', budget);
        var title = csv.Required("title", "Hevy");
        var start = csv.Required("start_time", "Hevy");
        var end = csv.Column("end_time");
        var exercise = csv.Required("exercise_title", "Hevy");
        var superset = csv.Column("superset_id");
        var setIndex = csv.Column("set_index");
        var setType = csv.Column("set_type");
        var pounds = csv.Has("weight_lbs");
        var weight = pounds ? csv.Column("weight_lbs") : csv.Column("weight_kg");
        var miles = csv.Has("distance_miles");
        var distance = miles ? csv.Column("distance_miles") : csv.Column("distance_km");
        var reps = csv.Column("reps");
        var seconds = csv.Column("duration_seconds");
        var rpe = csv.Column("rpe");
        var unit = pounds ? MassUnit.Pounds : MassUnit.Kilograms;

        var log = new LogBuilder(file);
        string? lastStartText = null;
        DateTime lastStart = default;
        var bad = new BadRows(file, strict);
        while (csv.Read())
        {
            bad.Row();
            try
            {
                var startText = csv.Text(start);
                if (!ReferenceEquals(startText, lastStartText) && startText != lastStartText)
                {
                    lastStart = ParseDate(csv, start, startText, "start_time");
                    lastStartText = startText;
                }

                var name = csv.Text(exercise);
                if (name.Length == 0)
                {
                    throw csv.Error(exercise, "the exercise_title is empty");
                }

                var session = log.Session(startText, csv.Text(title), out var created);
                if (created)
                {
                    session.Date = DateOnly.FromDateTime(lastStart);
                    session.Time = TimeOfDay.At(TimeOnly.FromDateTime(lastStart));
                    var endText = csv.Text(end);
                    if (endText.Length > 0)
                    {
                        var finish = ParseDate(csv, end, endText, "end_time");
                        session.Duration = finish > lastStart && finish - lastStart < TimeSpan.FromDays(1) ? finish - lastStart : null;
                    }
                }

                // Each field into a local, the set built once: a chain of `with` copies would allocate per field.
                var kind = SetKind.Working;
                var toFailure = false;
                if (setType >= 0)
                {
                    var type = csv.Span(setType);
                    if (type.SequenceEqual("warmup"u8))
                    {
                        kind = SetKind.Warmup;
                    }
                    else if (type.SequenceEqual("failure"u8))
                    {
                        toFailure = true;
                    }
                    else if (type.SequenceEqual("dropset"u8))
                    {
                        kind = SetKind.Drop;
                    }
                    else if (!type.SequenceEqual("normal"u8) && !type.IsEmpty)
                    {
                        throw csv.Error(setType, $"unknown set_type '{csv.Text(setType)}'; expected normal, warmup, failure or dropset");
                    }
                }

                Load? load = csv.Number(weight, "the weight") is { } mass ? Plausible(csv, weight, Load.From(Math.Round(mass, 3), unit)) : null;
                Distance? covered = csv.Number(distance, "the distance") is > 0 and var length
                    ? (miles ? Distance.FromMiles(length) : Distance.FromKilometers(length))
                    : null;
                TimeSpan? timed = csv.Number(seconds, "duration_seconds") is > 0 and var time ? TimeSpan.FromSeconds(Math.Min(time, 86_400)) : null;
                Rpe? rated = null;
                if (csv.Number(rpe, "the RPE") is { } effort)
                {
                    rated = Rpe.IsValid(effort) ? Rpe.Of(effort) : throw csv.Error(rpe, $"RPE runs from 1 to 10, found {effort}");
                }

                var set = new TrainingSet
                {
                    Kind = kind,
                    ToFailure = toFailure,
                    Load = load,
                    Reps = csv.WholeNumber(reps, "the reps"),
                    Distance = covered,
                    Duration = timed,
                    Rpe = rated,
                };

                var group = csv.Text(superset);
                log.Add(session, name, group.Length == 0 ? null : group, csv.WholeNumber(setIndex, "the set_index") ?? -1, set, csv.Line);
            }
            catch (InputException e) when (bad.Skip(e))
            {
                // Reported below with its line; the rest of the file is read.
            }
        }

        bad.ThrowIfNothingRead();

        return new TrainingDocument { Units = unit, Sessions = log.Build(), Skipped = [.. bad.Skipped()] };
    }

    internal static Load Plausible(CsvInput csv, int column, Load load) =>
        load.Kilograms <= 1000 ? load : throw csv.Error(column, $"a weight of {load} is not plausible");

    private static DateTime ParseDate(CsvInput csv, int column, string text, string what)
    {
        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        // A phone in another language names the month in it (15 sept. 2025, 07:48) or keeps a 12-hour clock.
        return LocalDates.Parse(text) ?? throw csv.Error(column, $"'{text}' is not a {what} date like {LocalDates.Forms}");
    }
}
