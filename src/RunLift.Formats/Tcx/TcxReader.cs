using System.Xml;
using RunLift.Formats.Xml;
using RunLift.Training;

namespace RunLift.Formats.Tcx;

/// <summary>
/// Garmin Training Center (TCX v2) activities: each <c>Activity</c> with <c>Sport="Running"</c> is a dated run
/// (multisport sessions included); biking and other activities are cross-training (their time counts in the week's load). The start is the activity's
/// <c>Id</c> (its start time); the duration the sum of the laps' <c>TotalTimeSeconds</c> (timer time: pauses left
/// out); the distance the sum of the laps' <c>DistanceMeters</c>; the heart rate the laps'
/// <c>AverageHeartRateBpm</c> weighted by lap time, or the mean of the trackpoints' when no lap has one; the name the
/// activity's <c>Notes</c>; the laps each lap's <c>TotalTimeSeconds</c>, <c>DistanceMeters</c>,
/// <c>AverageHeartRateBpm</c> and <c>Intensity</c> (<c>Active</c> or <c>Resting</c>), for
/// <see cref="RunClassifier"/> to tell intervals and tempos by. Read streaming, one trackpoint at a time.
/// </summary>
internal static class TcxReader
{
    private const string Tcx = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

    /// <summary>A lap or activity longer than a week is not a run.</summary>
    private const double MaxSeconds = 7 * 86_400;

    /// <summary>Further than any run: 10,000 km.</summary>
    private const double MaxMeters = 10_000_000;

    public static TrainingDocument Read(string file, Stream stream, TimeZoneInfo zone, ReadBudget budget)
    {
        using var xml = new XmlInput(file, stream, budget);
        var reader = xml.Reader;
        var runs = new List<Run>();
        var crossTraining = new List<CrossTraining>();
        var skipped = new List<SkippedInput>();
        var rootSeen = false;
        var activities = 0;
        Activity? activity = null;

        while (xml.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (activity is not null && reader.Depth == activity.Depth && reader.LocalName == "Activity")
                {
                    Finish(activity);
                    activity = null;
                }
                else
                {
                    activity?.End(reader.Depth, reader.LocalName);
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
                if (reader.LocalName != "TrainingCenterDatabase" || reader.NamespaceURI != Tcx)
                {
                    throw xml.ErrorHere($"expected a TCX v2 <TrainingCenterDatabase> ({Tcx}), found <{reader.Name}> in '{reader.NamespaceURI}'");
                }

                continue;
            }

            if (reader.NamespaceURI != Tcx)
            {
                continue;
            }

            if (activity is not null)
            {
                activity.Element(xml);
                continue;
            }

            // Activities hold Activity elements directly, or inside a MultiSportSession's FirstSport and NextSport.
            if (reader.LocalName == "Activity" && reader.Depth >= 2)
            {
                activities++;
                activity = new Activity(reader.Depth, xml.Line, xml.Attribute("Sport") ?? "");
                if (reader.IsEmptyElement)
                {
                    Finish(activity);
                    activity = null;
                }
            }
            else if (reader.Depth == 1 && reader.LocalName != "Activities")
            {
                // Courses, workouts, folders, author, extensions: plans and metadata, not recorded runs.
                SkipSubtree(xml);
            }
        }

        if (!rootSeen)
        {
            throw new InputException(file, 1, 1, "expected a TCX <TrainingCenterDatabase>, found no element");
        }

        if (activities == 0)
        {
            throw new InputException(file, "has no activities (courses and workouts are not recorded runs)");
        }

        return new TrainingDocument { Runs = runs, CrossTraining = crossTraining, Skipped = skipped };

        void Finish(Activity a)
        {
            var where = $"{file}:{a.Line}";
            if (a.Sport != "Running")
            {
                // Biking, Other: cross-training, when it can be dated and timed.
                var sport = a.Sport.Length == 0 ? "an activity without a sport"
                    : $"{("AEIOUaeiou".Contains(a.Sport[0], StringComparison.Ordinal) ? "an" : "a")} {a.Sport} activity";
                if (a.Started is not { } began || a.Seconds <= 0 || a.Seconds > MaxSeconds || a.Meters > MaxMeters)
                {
                    skipped.Add(new SkippedInput(where, $"{sport}{On(a.Started)} is not a run, and has no plausible start and time to count as cross-training"));
                    return;
                }

                crossTraining.Add(RecordedRun.CrossTraining(
                    a.Sport, began, TimeSpan.FromSeconds(a.Seconds), a.Meters > 0 ? Distance.FromMeters(a.Meters) : null, a.HeartRate, a.Notes, zone));
                return;
            }

            if (a.Started is not { } start)
            {
                skipped.Add(new SkippedInput(where, "a running activity without a start time (no Id, lap or trackpoint time) cannot be dated"));
                return;
            }

            if (a.Seconds > MaxSeconds || a.Meters > MaxMeters)
            {
                skipped.Add(new SkippedInput(where, $"a running activity{On(start)} of {a.Seconds / 3600:0} h and {a.Meters / 1000:0} km is not a plausible run"));
                return;
            }

            runs.Add(RecordedRun.Create(
                start,
                a.Seconds > 0 ? TimeSpan.FromSeconds(a.Seconds) : null,
                a.Meters > 0 ? Distance.FromMeters(a.Meters) : null,
                a.HeartRate,
                a.Notes,
                zone) with { Laps = a.Laps });
        }
    }

    private static string On(DateTime? start) => start is { } s ? $" on {s:yyyy-MM-dd}" : "";

    private static void SkipSubtree(XmlInput xml)
    {
        if (xml.Reader.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Reader.Depth;
        while (xml.Read() && xml.Reader.Depth > depth)
        {
        }
    }

    /// <summary>One activity being read: running totals of its laps and trackpoints.</summary>
    private sealed class Activity(int depth, int line, string sport)
    {
        private int lapDepth = -1;
        private double? lapSeconds, lapMeters;
        private int? lapHeartRate;
        private LapIntensity? lapIntensity;
        private double weightedHeartRate, heartRateWeight, lapHeartRateSum;
        private int lapHeartRates;
        private long pointHeartRateSum;
        private int pointHeartRates;
        private int pointDepth = -1;
        private DateTime? firstLapStart, firstPointTime, lastPointTime, id;
        private double lapTotal;
        private bool lapTimes;

        public int Depth => depth;

        public int Line => line;

        public string Sport => sport;

        public string? Notes { get; private set; }

        /// <summary>The laps' timer time; the trackpoints' span when no lap says.</summary>
        public double Seconds => lapTimes ? lapTotal
            : firstPointTime is { } first && lastPointTime is { } last && last > first ? (last - first).TotalSeconds : 0;

        public double Meters { get; private set; }

        public List<RunLap> Laps { get; } = [];

        public DateTime? Started => id ?? firstLapStart ?? firstPointTime;

        public int? HeartRate => heartRateWeight > 0 ? (int)Math.Round(weightedHeartRate / heartRateWeight)
            : lapHeartRates > 0 ? (int)Math.Round(lapHeartRateSum / lapHeartRates)
            : pointHeartRates > 0 ? (int)Math.Round(pointHeartRateSum / (double)pointHeartRates)
            : null;

        public void Element(XmlInput xml)
        {
            var reader = xml.Reader;
            var level = reader.Depth - depth;
            if (pointDepth >= 0)
            {
                Point(xml, reader.Depth - pointDepth);
                return;
            }

            if (lapDepth >= 0)
            {
                Lap(xml, reader.Depth - lapDepth);
                return;
            }

            switch (level, reader.LocalName)
            {
                case (1, "Id"):
                    var text = xml.Text();
                    id = text.Length == 0 ? null : xml.UtcTime(text, "the activity's Id (its start time)");
                    break;
                case (1, "Notes"):
                    Notes = xml.Text() is { Length: > 0 } notes ? notes : null;
                    break;
                case (1, "Lap"):
                    lapDepth = reader.Depth;
                    lapSeconds = lapMeters = null;
                    lapHeartRate = null;
                    lapIntensity = null;
                    if (xml.Attribute("StartTime") is { } start && firstLapStart is null)
                    {
                        firstLapStart = xml.UtcTime(start.Trim(), "the lap's StartTime");
                    }

                    if (reader.IsEmptyElement)
                    {
                        EndLap();
                    }

                    break;
            }
        }

        public void End(int endDepth, string localName)
        {
            if (endDepth == pointDepth && localName == "Trackpoint")
            {
                pointDepth = -1;
            }
            else if (endDepth == lapDepth && localName == "Lap")
            {
                EndLap();
            }
        }

        private void Lap(XmlInput xml, int level)
        {
            var reader = xml.Reader;
            switch (level, reader.LocalName)
            {
                case (1, "TotalTimeSeconds"):
                    lapSeconds = xml.Number(xml.Text(), "the lap's TotalTimeSeconds", 0, MaxSeconds);
                    lapTotal += lapSeconds.Value;
                    lapTimes = true;
                    break;
                case (1, "DistanceMeters"):
                    lapMeters = xml.Number(xml.Text(), "the lap's DistanceMeters", 0, MaxMeters);
                    Meters += lapMeters.Value;
                    break;
                case (1, "Intensity"):
                    // The schema's two values; anything else says nothing about the lap.
                    lapIntensity = xml.Text() switch { "Active" => LapIntensity.Work, "Resting" => LapIntensity.Rest, _ => null };
                    break;
                case (2, "Value") when Parent == "AverageHeartRateBpm":
                    lapHeartRate = Bpm(xml);
                    break;
                case (1, "AverageHeartRateBpm"):
                    Parent = reader.IsEmptyElement ? null : "AverageHeartRateBpm";
                    break;
                case (1, _):
                    Parent = null;
                    break;
                case (2, "Trackpoint"):
                    pointDepth = reader.Depth;
                    if (reader.IsEmptyElement)
                    {
                        pointDepth = -1;
                    }

                    break;
            }
        }

        private string? Parent { get; set; }

        private void Point(XmlInput xml, int level)
        {
            var reader = xml.Reader;
            switch (level, reader.LocalName)
            {
                case (1, "Time"):
                    var time = xml.UtcTime(xml.Text(), "the trackpoint's Time");
                    firstPointTime = firstPointTime is { } first && first <= time ? first : time;
                    lastPointTime = lastPointTime is { } last && last >= time ? last : time;
                    break;
                case (1, "HeartRateBpm"):
                    Parent = reader.IsEmptyElement ? null : "HeartRateBpm";
                    break;
                case (1, _):
                    Parent = null;
                    break;
                case (2, "Value") when Parent == "HeartRateBpm":
                    if (Bpm(xml) is { } bpm)
                    {
                        pointHeartRateSum += bpm;
                        pointHeartRates++;
                    }

                    break;
            }
        }

        private void EndLap()
        {
            lapDepth = -1;
            Parent = null;
            if (lapSeconds is { } time)
            {
                Laps.Add(new RunLap(TimeSpan.FromSeconds(time))
                {
                    Distance = lapMeters is > 0 and var meters ? Distance.FromMeters(meters) : null,
                    AverageHeartRate = lapHeartRate,
                    Intensity = lapIntensity,
                });
            }

            if (lapHeartRate is { } bpm)
            {
                lapHeartRateSum += bpm;
                lapHeartRates++;
                if (lapSeconds is > 0 and var seconds)
                {
                    weightedHeartRate += bpm * seconds;
                    heartRateWeight += seconds;
                }
            }
        }

        private static int? Bpm(XmlInput xml)
        {
            var bpm = xml.Number(xml.Text(), "a heart rate", 0, 255);
            return bpm >= 1 ? (int)Math.Round(bpm) : null;
        }
    }
}
