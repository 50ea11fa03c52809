using System.Globalization;
using System.Text;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using RunLift.Formats.Plans;
using RunLift.Planning;

namespace RunLift.Formats.Calendar;

/// <summary>
/// Writes a plan, or any list of <see cref="CalendarEntry"/> (the athlete's calendar feed), as an iCalendar file
/// (RFC 5545): one event per strength session or run, at its time on the athlete's clock, lasting its length. With the
/// athlete's zone known, each start names it (<c>DTSTART;TZID=Pacific/Auckland:…</c>, with the zone's VTIMEZONE; UTC
/// as UTC), so calendars elsewhere show the right instant across daylight-saving changes; without one it is floating,
/// 18:00 wherever the calendar is.
/// </summary>
public static class PlanCalendarWriter
{
    /// <summary>Identifies RunLift as the calendar's producer.</summary>
    public const string ProductId = "-//RunLift//RunLift plan//EN";

    /// <summary>The category of a strength session's event.</summary>
    public const string StrengthCategory = "Strength training";

    /// <summary>The category of a run's event.</summary>
    public const string RunningCategory = "Running";

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
        var units = plan.Request.Units;
        var entries = plan.Sessions.Select(session => new CalendarEntry
        {
            Key = string.Create(CultureInfo.InvariantCulture, $"runlift-{plan.Request.Start:yyyyMMdd}-{session.Date:yyyyMMdd}-{Slug(session.Name)}"),
            Date = session.Date,
            Time = session.Time.Time,
            Duration = session.EstimatedDuration,
            Summary = $"{session.Name} ({PlanVocabulary.Phase(session.Phase)} phase)",
            Lines = [.. session.Note is { } note ? [note] : Array.Empty<string>(), .. session.Exercises.Select(e => PlanVocabulary.Exercise(e.Exercise.Name, e.Sets, units))],
            Category = StrengthCategory,
        });
        return Serialize(entries, stamp, zone ?? plan.Request.Athlete.TimeZone, plan.Request.Start, header: null);
    }

    /// <summary>
    /// <paramref name="entries"/> as iCalendar text, with CRLF line endings: timed entries in <paramref name="zone"/>
    /// (floating when null), entries without a time as whole days; <paramref name="header"/> names a subscribed
    /// calendar and says how often to fetch it. Two entries of one key get UIDs numbered in the order given.
    /// </summary>
    public static string ToIcs(IEnumerable<CalendarEntry> entries, DateTimeOffset stamp, TimeZoneInfo? zone, CalendarFeedHeader? header = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var from = list.Count > 0 ? list.Min(e => e.Date) : DateOnly.FromDateTime(stamp.UtcDateTime);
        return Serialize(list, stamp, zone, from, header);
    }

    /// <summary>
    /// <c>strength-a</c> for "Strength A": a name as it may stand in a UID, lower-case letters and digits joined by
    /// single hyphens.
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
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

        return slug.ToString().Trim('-');
    }

    private static string Serialize(IEnumerable<CalendarEntry> entries, DateTimeOffset stamp, TimeZoneInfo? zone, DateOnly zoneFrom, CalendarFeedHeader? header)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        if (header is not null)
        {
            Describe(calendar, header);
        }

        var timeZoneId = zone is null ? null : AddZone(calendar, zone, zoneFrom);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(entry.Key, used),
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                Start = entry.Time is { } time ? new CalDateTime(entry.Date, time, timeZoneId) : new CalDateTime(entry.Date),
                Duration = entry.Time is null ? Duration.FromDays(1) : Duration.FromMinutes(Math.Max(1, (int)Math.Round(entry.Duration.TotalMinutes))),
                Summary = Text(entry.Summary),
                Description = string.Join('\n', entry.Lines.Select(Text)),
                Categories = [entry.Category],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The name and refresh interval of a subscribed calendar, in RFC 7986's properties and the X- ones that Apple's and
    /// Google's calendars read.
    /// </summary>
    private static void Describe(Ical.Net.Calendar calendar, CalendarFeedHeader header)
    {
        var name = Text(header.Name);
        var refresh = XmlConvert.ToString(header.RefreshInterval);
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        var interval = new CalendarProperty("REFRESH-INTERVAL", refresh);
        interval.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(interval);
        calendar.AddProperty("X-PUBLISHED-TTL", refresh);
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

    /// <summary><c>{key}@runlift</c>; two entries of one key (two sessions of one name on one day) get the later ones numbered.</summary>
    private static string Uid(string key, HashSet<string> used)
    {
        var candidate = key;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{key}-{n}";
        }

        return candidate + "@runlift";
    }
}
