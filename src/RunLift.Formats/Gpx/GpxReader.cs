using System.Xml;
using RunLift.Formats.Xml;
using RunLift.Training;

namespace RunLift.Formats.Gpx;

/// <summary>
/// GPX 1.0 and 1.1 tracks (<c>trk</c>): each track with timed points is a dated run. Its start is the first point's
/// time; its duration the sum of its segments' spans (a device starts a new segment when the run is paused, so the
/// time between segments is not running); its distance the haversine sum along each segment; its heart rate the mean
/// of the points' Garmin TrackPointExtension (v1, v2) or GPXDATA <c>hr</c>; its name the track's <c>name</c> (else the
/// file's), its notes the track's <c>desc</c>. GPX has no laps: a run's kind comes from its words and its duration,
/// and from its whole pace or heart rate against the runner's other runs (see <see cref="RunClassifier"/>). Waypoints and routes are plans, not
/// runs: a file with nothing else is an error. A track whose <c>type</c> names another sport (cycling, hiking) is
/// cross-training: its moving time counts in the week's load. Read streaming, one point at a time.
/// </summary>
internal static class GpxReader
{
    private const string Gpx10 = "http://www.topografix.com/GPX/1/0";
    private const string Gpx11 = "http://www.topografix.com/GPX/1/1";

    /// <summary>A week: longer than any run, even a multi-day ultra.</summary>
    private const double MaxSeconds = 7 * 86_400;

    private static readonly HashSet<string> HeartRateNamespaces =
    [
        "http://www.garmin.com/xmlschemas/TrackPointExtension/v1",
        "http://www.garmin.com/xmlschemas/TrackPointExtension/v2",
        "http://www.cluetrust.com/XML/GPXDATA/1/0",
    ];

    // Sports a track's <type> may name that are not running (Garmin Connect and Strava write e.g. "cycling",
    // "road_biking", "hiking"): cross-training. Anything else, or no type, is read as a run.
    private static readonly string[] OtherSports = ["cycl", "bik", "ride", "swim", "walk", "hik", "ski", "rowing", "paddl", "kayak", "skat"];

    public static TrainingDocument Read(string file, Stream stream, TimeZoneInfo zone, ReadBudget budget)
    {
        using var xml = new XmlInput(file, stream, budget);
        var reader = xml.Reader;
        var runs = new List<Run>();
        var skipped = new List<SkippedInput>();
        var crossTraining = new List<CrossTraining>();
        string? documentName = null;
        int waypoints = 0, routes = 0, tracks = 0, untimed = 0;
        Track? track = null;
        var rootSeen = false;
        var inMetadata = false;

        while (xml.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (track is not null && reader.Depth == track.Depth && reader.LocalName == "trk")
                {
                    Finish(track);
                    track = null;
                }
                else if (track is not null)
                {
                    track.End(reader.Depth, reader.LocalName);
                }
                else if (reader.Depth == 1 && reader.LocalName == "metadata")
                {
                    inMetadata = false;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!rootSeen)
            {
                rootSeen = true;
                if (reader.LocalName != "gpx" || !IsGpx(reader.NamespaceURI))
                {
                    throw xml.ErrorHere($"expected a <gpx> document, found <{reader.Name}>");
                }

                continue;
            }

            var gpx = IsGpx(reader.NamespaceURI);
            if (track is null)
            {
                switch (reader.Depth, reader.LocalName)
                {
                    case (1, "trk") when gpx:
                        tracks++;
                        track = new Track(reader.Depth, xml.Line, tracks);
                        if (reader.IsEmptyElement)
                        {
                            Finish(track);
                            track = null;
                        }

                        break;
                    case (1, "wpt") when gpx:
                        waypoints++;
                        break;
                    case (1, "rte") when gpx:
                        routes++;
                        break;
                    case (1, "metadata") when gpx:
                        inMetadata = !reader.IsEmptyElement;
                        break;
                    case (1, "name") when gpx:
                    case (2, "name") when gpx && inMetadata:
                        documentName ??= NullIfEmpty(xml.Text());
                        break;
                }

                continue;
            }

            track.Element(xml, gpx);
        }

        if (!rootSeen)
        {
            throw new InputException(file, 1, 1, "expected a <gpx> document, found no element");
        }

        if (untimed == tracks)
        {
            var parts = new[] { Count(waypoints, "waypoint"), Count(routes, "route"), Count(untimed, "track") + (untimed > 0 ? " without times" : "") }
                .Where(p => p.Length > 0).ToList();
            var held = parts.Count > 0 ? $" (only {string.Join(" and ", parts)})" : "";
            // Waypoints and routes are places, not training: among other files (an archive, several given at once) it is passed over.
            throw new InputException(file, $"has no track with timed points{held}: RunLift reads runs as recorded tracks") { HoldsNoTraining = true };
        }

        return new TrainingDocument { Runs = runs, CrossTraining = crossTraining, Skipped = skipped };

        void Finish(Track t)
        {
            var where = $"{file}:{t.Line}";
            if (t.Start is not { } start)
            {
                untimed++;
                skipped.Add(new SkippedInput(where, $"track {t.Number}{Quoted(t.Name)} has no timed points"));
                return;
            }

            if (t.MovingSeconds > MaxSeconds)
            {
                skipped.Add(new SkippedInput(where, $"track {t.Number}{Quoted(t.Name)} lasts {t.MovingSeconds / 86_400:0} days, which is not a run"));
                return;
            }

            var type = t.Type?.ToLowerInvariant();
            if (type is not null && !type.Contains("run", StringComparison.Ordinal) && Array.Exists(OtherSports, type.Contains))
            {
                if (t.MovingSeconds <= 0)
                {
                    skipped.Add(new SkippedInput(where, $"track {t.Number}{Quoted(t.Name)} is a {t.Type} track without moving time, so it adds nothing to the week's load"));
                    return;
                }

                crossTraining.Add(RecordedRun.CrossTraining(
                    t.Type, start, TimeSpan.FromSeconds(Math.Round(t.MovingSeconds)), DistanceOf(t), HeartRateOf(t), t.Name ?? documentName, zone));
                return;
            }

            var name = t.Name ?? documentName;
            runs.Add(RecordedRun.Create(
                start,
                t.MovingSeconds > 0 ? TimeSpan.FromSeconds(Math.Round(t.MovingSeconds)) : null,
                DistanceOf(t),
                HeartRateOf(t),
                name,
                zone) with { Notes = t.Description });
        }
    }

    private static Distance? DistanceOf(Track t) => t.Meters > 0 ? Distance.FromMeters(t.Meters) : null;

    private static int? HeartRateOf(Track t) => t.HeartRateCount > 0 ? (int)Math.Round(t.HeartRateSum / (double)t.HeartRateCount) : null;

    private static bool IsGpx(string ns) => ns is Gpx11 or Gpx10 or "";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Count(int n, string what) => n switch { 0 => "", 1 => $"1 {what}", _ => $"{n} {what}s" };

    private static string Quoted(string? name) => name is null ? "" : $" ('{name}')";

    /// <summary>One track being read: its name and running totals, and the point being read.</summary>
    private sealed class Track(int depth, int line, int number)
    {
        private int segmentDepth = -1;
        private int pointDepth = -1;
        private double lat, lon;
        private DateTime? pointTime;
        private int? pointHeartRate;
        private bool hasPrevious;
        private double previousLat, previousLon;
        private DateTime? segmentFirst, segmentLast;

        public int Depth => depth;

        public int Line => line;

        public int Number => number;

        public string? Name { get; private set; }

        public string? Description { get; private set; }

        public string? Type { get; private set; }

        public DateTime? Start { get; private set; }

        public double MovingSeconds { get; private set; }

        public double Meters { get; private set; }

        public long HeartRateSum { get; private set; }

        public int HeartRateCount { get; private set; }

        public void Element(XmlInput xml, bool gpx)
        {
            var reader = xml.Reader;
            var level = reader.Depth - depth;
            if (pointDepth >= 0)
            {
                if (gpx && reader.Depth == pointDepth + 1 && reader.LocalName == "time")
                {
                    pointTime = xml.UtcTime(xml.Text(), "a point's time");
                }
                else if (reader.LocalName == "hr" && HeartRateNamespaces.Contains(reader.NamespaceURI))
                {
                    var text = xml.Text();
                    var bpm = xml.Number(text, "a heart rate", 0, 255);
                    pointHeartRate = bpm >= 1 ? (int)Math.Round(bpm) : null;
                }

                return;
            }

            if (!gpx)
            {
                return;
            }

            switch (level, reader.LocalName)
            {
                case (1, "name"):
                    Name = NullIfEmpty(xml.Text());
                    break;
                case (1, "desc"):
                    Description = NullIfEmpty(xml.Text());
                    break;
                case (1, "type"):
                    Type = NullIfEmpty(xml.Text());
                    break;
                case (1, "trkseg"):
                    segmentDepth = reader.Depth;
                    if (reader.IsEmptyElement)
                    {
                        EndSegment();
                    }

                    break;
                case (2, "trkpt") when segmentDepth >= 0:
                    lat = Coordinate(xml, "lat", 90);
                    lon = Coordinate(xml, "lon", 180);
                    pointDepth = reader.Depth;
                    if (reader.IsEmptyElement)
                    {
                        EndPoint();
                    }

                    break;
            }
        }

        public void End(int endDepth, string localName)
        {
            if (endDepth == pointDepth && localName == "trkpt")
            {
                EndPoint();
            }
            else if (endDepth == segmentDepth && localName == "trkseg")
            {
                EndSegment();
            }
        }

        private void EndPoint()
        {
            pointDepth = -1;
            if (hasPrevious)
            {
                Meters += RecordedRun.Haversine(previousLat, previousLon, lat, lon);
            }

            (previousLat, previousLon, hasPrevious) = (lat, lon, true);
            if (pointTime is { } time)
            {
                Start = Start is { } start && start <= time ? start : time;
                segmentFirst = segmentFirst is { } first && first <= time ? first : time;
                segmentLast = segmentLast is { } last && last >= time ? last : time;
            }

            if (pointHeartRate is { } bpm)
            {
                HeartRateSum += bpm;
                HeartRateCount++;
            }

            pointTime = null;
            pointHeartRate = null;
        }

        private void EndSegment()
        {
            if (segmentFirst is { } first && segmentLast is { } last)
            {
                MovingSeconds += (last - first).TotalSeconds;
            }

            segmentDepth = -1;
            hasPrevious = false;
            segmentFirst = segmentLast = null;
        }

        private static double Coordinate(XmlInput xml, string name, double limit) =>
            xml.Attribute(name) is { } text
                ? xml.Number(text.Trim(), $"the {name}", -limit, limit)
                : throw xml.ErrorHere($"a <trkpt> needs a '{name}' attribute");
    }
}
