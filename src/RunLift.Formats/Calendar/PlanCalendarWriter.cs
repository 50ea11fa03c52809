using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using RunLift.Formats.Plans;
using RunLift.Planning;

namespace RunLift.Formats.Calendar;

/// <summary>
/// Writes a plan as an iCalendar file (RFC 5545): one event per strength session, at the session's time on the
/// athlete's clock, lasting the session's estimated length. With the athlete's zone known, each start names it
/// (<c>DTSTART;TZID=Pacific/Auckland:…</c>, with the zone's VTIMEZONE; UTC as UTC), so calendars elsewhere show the
/// right instant across daylight-saving changes; without one it is floating, 18:00 wherever the calendar is.
/// </summary>
public static class PlanCalendarWriter
{
    /// <summary>Identifies RunLift as the calendar's producer.</summary>
    public const string ProductId = "-//RunLift//RunLift plan//EN";

    /// <summary>
    /// Writes <paramref name="plan"/> to <paramref name="output"/>. <paramref name="stamp"/> is when the calendar
    /// was made (each event's DTSTAMP). UIDs depend only on the plan's start and each session's date and name,
    /// so importing a regenerated plan updates its events instead of adding a second copy. Sessions are timed in
    /// <paramref name="zone"/>, or the plan's <see cref="Training.Athlete.TimeZone"/> when null (floating when neither).
    /// </summary>
    public static void Write(TrainingPlan plan, TextWriter output, DateTimeOffset stamp, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToIcs(plan, stamp, zone));
    }

    /// <summary>The plan as iCalendar text, with CRLF line endings; <paramref name="zone"/> as for <see cref="Write"/>.</summary>
    public static string ToIcs(TrainingPlan plan, DateTimeOffset stamp, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        var timeZoneId = (zone ?? plan.Request.Athlete.TimeZone) is { } athletes ? AddZone(calendar, athletes, plan.Request.Start) : null;
        var units = plan.Request.Units;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var session in plan.Sessions)
        {
            var description = new StringBuilder();
            if (session.Note is { } note)
            {
                description.Append(Text(note)).Append('\n');
            }

            foreach (var exercise in session.Exercises)
            {
                description.Append(PlanVocabulary.Exercise(exercise.Exercise.Name, exercise.Sets, units)).Append('\n');
            }

            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(plan.Request.Start, session, used),
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                Start = new CalDateTime(session.Date, session.Time.Time, timeZoneId),
                Duration = Duration.FromMinutes(Math.Max(1, (int)Math.Round(session.EstimatedDuration.TotalMinutes))),
                Summary = $"{Text(session.Name)} ({PlanVocabulary.Phase(session.Phase)} phase)",
                Description = description.ToString().TrimEnd('\n'),
                Categories = ["Strength training"],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The TZID events name <paramref name="zone"/> by, with its VTIMEZONE added to <paramref name="calendar"/> (its
    /// rules from <paramref name="from"/> on); UTC is written as UTC times, which need none.
    /// </summary>
    private static string AddZone(Ical.Net.Calendar calendar, TimeZoneInfo zone, DateOnly from)
    {
        if (zone.HasSameRules(TimeZoneInfo.Utc))
        {
            return CalDateTime.UtcTzId;
        }

        // The IANA rules as RRULEs (Ical.Net's TZDB); a name it does not carry gets the rules of the runtime's zone.
        var earliest = from.ToDateTime(TimeOnly.MinValue);
        VTimeZone timeZone;
        try
        {
            timeZone = VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false);
        }
        catch (NodaTime.TimeZones.DateTimeZoneNotFoundException)
        {
            timeZone = VTimeZone.FromSystemTimeZone(zone, earliest, includeHistoricalData: false);
        }

        calendar.AddTimeZone(timeZone);
        return zone.Id;
    }

    /// <summary>
    /// Text for a property: line breaks and other control characters as spaces, so that the text stays one line of
    /// the description (or the title); Ical.Net escapes commas, semicolons and backslashes and folds long lines.
    /// </summary>
    private static string Text(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? ' ' : source[i];
            }
        });

    /// <summary><c>runlift-20261207-20261208-strength-a@runlift</c>: readable, and the same every time the plan is written.</summary>
    private static string Uid(DateOnly start, PlannedSession session, HashSet<string> used)
    {
        var slug = new StringBuilder();
        foreach (var c in session.Name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var uid = string.Create(CultureInfo.InvariantCulture, $"runlift-{start:yyyyMMdd}-{session.Date:yyyyMMdd}-{slug.ToString().Trim('-')}");

        // Two sessions of one name on one day would otherwise share a UID; number the later ones.
        var candidate = uid;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{uid}-{n}";
        }

        return candidate + "@runlift";
    }
}
