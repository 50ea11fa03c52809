using System.Globalization;
using System.Text;
using System.Xml.Linq;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Gpx;

public sealed class GpxTests
{
    private static readonly XNamespace Tcx = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

    [Fact]
    public void AllFieldsFixture_ItsTimedTrackIsARun_TheEmptyTrackIsSkipped()
    {
        var doc = TrainingFiles.Read(SharedFiles.Path("fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx"));

        var run = doc.Runs.ShouldHaveSingleItem();

        // One point, "2013-01-01T12:00:04" with no zone: GPX times are UTC.
        run.Date.ShouldBe(new DateOnly(2013, 1, 1));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(12, 0, 4)));
        run.Name.ShouldBe("example name t");
        run.Kind.ShouldBe(RunKind.Easy);
        run.Duration.ShouldBeNull();
        run.Distance.ShouldBeNull();
        run.AverageHeartRate.ShouldBeNull();
        doc.Sessions.ShouldBeEmpty();
        doc.Skipped.ShouldHaveSingleItem().ToString().ShouldEndWith("gpx1.1_with_all_fields.gpx:159: track 2 has no timed points");
    }

    [Fact]
    public void GarminExtensionFixture_HoldsOnlyAWaypoint_IsAnError_ThatHoldsNoTraining()
    {
        var path = SharedFiles.Path("fixtures/tcx-gpx/gpx_with_garmin_extension.gpx");

        var error = Should.Throw<InputException>(() => TrainingFiles.Read(path));

        error.Message.ShouldBe($"{path}: has no track with timed points (only 1 waypoint): RunLift reads runs as recorded tracks");
        error.HoldsNoTraining.ShouldBeTrue();
    }

    [Fact]
    public void TcxFixtureAsGpx_DistanceIsTheHaversineSum_AndCloseToTheWatchs()
    {
        // The real track of test.tcx written as GPX 1.1 with TrackPointExtension v1 heart rates.
        var points = TcxPoints();
        var gpx = Document("1/1", "", Track("Thursday 5 km", Segment(points)), TrackPointExtension: "v1");

        var run = Read.Text(gpx, "run.gpx").Runs.ShouldHaveSingleItem();

        run.Date.ShouldBe(new DateOnly(2012, 12, 26));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(21, 29, 53)));
        run.Duration.ShouldBe(new DateTime(2012, 12, 26, 22, 3, 4) - new DateTime(2012, 12, 26, 21, 29, 53));
        run.Name.ShouldBe("Thursday 5 km");
        run.AverageHeartRate.ShouldBe((int)Math.Round(points.Where(p => p.Hr is not null).Average(p => p.Hr!.Value)));

        // The test's own sum uses the equirectangular approximation, exact to well under a millimetre over the
        // few metres between points, so the two sums agree to centimetres.
        run.Distance!.Value.Meters.ShouldBe(Equirectangular(points), 0.05);

        // The watch's own distance (4689.24 m over the laps) smooths GPS noise; the point-to-point sum is within 0.1 % of it.
        run.Distance!.Value.Meters.ShouldBe(4689.24, 4689.24 * 0.001);
    }

    [Fact]
    public void Segments_ArePauses_DurationIsTheirSpans_HeartRateTheExtensionMean()
    {
        var gpx = Document("1/1", "", Track("Hill repeats",
            Segment([P(0, 0, "2026-03-03T06:00:00Z", 150), P(0, 0.01, "2026-03-03T06:05:00Z", 160)]),
            Segment([P(0, 0.02, "2026-03-03T06:30:00Z", 171), P(0.01, 0.02, "2026-03-03T06:40:00Z", 0)])), TrackPointExtension: "v2");

        var run = Read.Text(gpx, "hills.gpx").Runs.ShouldHaveSingleItem();

        run.Kind.ShouldBe(RunKind.Hills);
        run.IsKey.ShouldBeTrue();
        run.Duration.ShouldBe(TimeSpan.FromMinutes(15));
        run.AverageHeartRate.ShouldBe(160, "0 bpm is a dropped strap, not a reading: (150 + 160 + 171) / 3");

        // 0.01° of longitude at the equator plus 0.01° of latitude, the gap between segments not counted.
        var step = 2 * Math.PI * 6_371_008.8 * 0.01 / 360;
        run.Distance!.Value.Meters.ShouldBe(2 * step, 0.01);
    }

    [Fact]
    public void Gpx10_NamesTheRunAtTheTop_OffsetsAreHonoured_AndTheZoneGivesTheWallClock()
    {
        var gpx = Document("1/0", "<name>Sunday long run</name>", Track(null,
            Segment([P(48.1, 11.5, "2026-03-08T09:00:00+01:00", null), P(48.1, 11.6, "2026-03-08T10:40:00+01:00", null)])));
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var run = TrainingFiles.Read("long.gpx", Stream(gpx), new ReadOptions { TimeZone = berlin }).Runs.ShouldHaveSingleItem();

        run.Name.ShouldBe("Sunday long run");
        run.Kind.ShouldBe(RunKind.Long);
        run.Date.ShouldBe(new DateOnly(2026, 3, 8));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(9, 0)));
        run.Duration.ShouldBe(TimeSpan.FromMinutes(100));
        run.IsLong.ShouldBeTrue();
    }

    [Fact]
    public void UtcTimes_LandOnTheLocalDate()
    {
        var gpx = Document("1/1", "", Track("Evening run", Segment([P(40, -74, "2026-01-15T02:30:00Z", null), P(40, -74.01, "2026-01-15T03:00:00Z", null)])));
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var run = TrainingFiles.Read("late.gpx", Stream(gpx), new ReadOptions { TimeZone = newYork }).Runs.ShouldHaveSingleItem();

        run.Date.ShouldBe(new DateOnly(2026, 1, 14));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(21, 30)));
    }

    [Fact]
    public void LongByDurationAlone_IsAKeyRun()
    {
        var gpx = Document("1/1", "", Track("Morning Run", Segment([P(0, 0, "2026-03-01T07:00:00Z", null), P(0, 0.1, "2026-03-01T08:35:00Z", null)])));

        var run = Read.Text(gpx, "run.gpx").Runs.ShouldHaveSingleItem();

        run.Kind.ShouldBe(RunKind.Long);
        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Duration, "95 min, and a run of 90 min or more is a long run"));
        (run.IsLong, run.IsKey).ShouldBe((true, true));
    }

    [Fact]
    public void OtherSports_AreCrossTraining_RunsOfAnyTypeAreRead()
    {
        var gpx = Document("1/1", "",
            TypedTrack("Commute", "cycling", Segment([P(0, 0, "2026-03-01T07:00:00Z", null), P(0, 0.01, "2026-03-01T07:04:00Z", null)]))
            + TypedTrack("Stroll", "walking", Segment([P(0, 0, "2026-03-01T12:00:00Z", null)]))
            + TypedTrack("Trail", "trail_running", Segment([P(0, 0, "2026-03-02T07:00:00Z", null)]))
            + TypedTrack("Untyped", "t", Segment([P(0, 0, "2026-03-03T07:00:00Z", null)])));

        var doc = Read.Text(gpx, "mixed.gpx");

        doc.Runs.Select(r => r.Name).ShouldBe(["Trail", "Untyped"]);
        var ride = doc.CrossTraining.ShouldHaveSingleItem();
        (ride.Sport, ride.Name, ride.Date, ride.Duration).ShouldBe(("cycling", "Commute", new DateOnly(2026, 3, 1), TimeSpan.FromMinutes(4)));
        ride.Distance!.Value.Meters.ShouldBe(1112, 1, "0.01° of longitude on the equator");
        doc.Skipped.ShouldHaveSingleItem().ToString().ShouldBe("mixed.gpx:8: track 2 ('Stroll') is a walking track without moving time, so it adds nothing to the week's load");
    }

    [Fact]
    public void TracksWithoutTimes_OnlyRoutes_AreErrors()
    {
        var untimed = Document("1/1", "<rte><rtept lat=\"1\" lon=\"2\"/></rte>", Track("Planned", Segment([P(0, 0, null, null)])));

        var error = Read.Error(untimed, "plan.gpx");

        error.Message.ShouldBe("plan.gpx: has no track with timed points (only 1 route and 1 track without times): RunLift reads runs as recorded tracks");
    }

    [Theory]
    [InlineData("<trkpt lat=\"91\" lon=\"0\"><time>2026-03-01T07:00:00Z</time></trkpt>", "run.gpx:4:8: the lat of 91 is not plausible")]
    [InlineData("<trkpt lat=\"north\" lon=\"0\"/>", "run.gpx:4:8: expected the lat (a number), found 'north'")]
    [InlineData("<trkpt lon=\"0\"/>", "run.gpx:4:2: a <trkpt> needs a 'lat' attribute")]
    [InlineData("<trkpt lat=\"1\" lon=\"0\">\n<time>yesterday</time></trkpt>", "run.gpx:5:7: expected a point's time like 2012-12-26T21:29:53Z, found 'yesterday'")]
    [InlineData("<trkpt lat=\"1\" lon=\"0\"><time>2026-03-01T07:00:00Z</time><extensions><x:TrackPointExtension xmlns:x=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><x:hr>fast</x:hr></x:TrackPointExtension></extensions></trkpt>",
        "run.gpx:4:164: expected a heart rate (a number), found 'fast'")]
    [InlineData("<trkpt lat=\"1\" lon=\"0\"><time>2026-03-01T07:00:00Z</time>", "run.gpx:5:3: not valid XML: The 'trkpt' start tag on line 4 position 2 does not match the end tag of 'trkseg'.")]
    public void Mistakes_AreReportedWhereTheyAre(string point, string message)
    {
        var gpx = $"""
            <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
            <trk><name>Run</name>
            <trkseg>
            {point}
            </trkseg></trk></gpx>
            """;

        Read.Error(gpx, "run.gpx").Message.ShouldBe(message);
    }

    [Fact]
    public void Dtds_AndExternalEntities_AreRefused()
    {
        const string Gpx = """
            <?xml version="1.0"?>
            <!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&secret;</name></trk></gpx>
            """;

        var error = Read.Error(Gpx, "evil.gpx");

        error.Message.ShouldBe("evil.gpx: a DTD (<!DOCTYPE ...>) is not allowed: device files have none, and they can hide entity expansions");
    }

    [Fact]
    public void AHugeTextNode_IsSkippedWithoutKeepingIt()
    {
        var name = new string('x', 20_000_000);
        var gpx = Encoding.UTF8.GetBytes(Document("1/1", "", Track(name, Segment([P(0, 0, "2026-03-01T07:00:00Z", null)]))));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var run = TrainingFiles.Read("big.gpx", new MemoryStream(gpx)).Runs.ShouldHaveSingleItem();

        // The name is 20 M characters (40 MB as a string): the reader keeps its first 1,024 and reads past the rest.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(4_000_000);
        run.Name!.Length.ShouldBe(1024);
    }

    internal sealed record Point(double Lat, double Lon, string? Time, int? Hr);

    internal static Point P(double lat, double lon, string? time, int? hr) => new(lat, lon, time, hr);

    internal static string Document(string version, string head, string tracks, string TrackPointExtension = "v1") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="{version.Replace('/', '.')}" creator="test" xmlns="http://www.topografix.com/GPX/{version}" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/{TrackPointExtension}">{head}
        {tracks}
        </gpx>
        """;

    internal static string Track(string? name, params string[] segments) => Track(name, segments, null);

    internal static string TypedTrack(string? name, string type, string segment) => Track(name, [segment], type);

    private static string Track(string? name, string[] segments, string? type) =>
        $"<trk>{(name is null ? "" : $"<name>{name}</name>")}{(type is null ? "" : $"<type>{type}</type>")}\n{string.Concat(segments)}</trk>\n";

    internal static string Segment(IEnumerable<Point> points) =>
        "<trkseg>" + string.Concat(points.Select(p =>
            FormattableString.Invariant($"<trkpt lat=\"{p.Lat}\" lon=\"{p.Lon}\">")
            + (p.Time is null ? "" : $"<time>{p.Time}</time>")
            + (p.Hr is null ? "" : $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{p.Hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>")
            + "</trkpt>\n")) + "</trkseg>\n";

    /// <summary>The trackpoints of test.tcx that have a position, read with LINQ to XML.</summary>
    internal static List<Point> TcxPoints() =>
        [.. XDocument.Load(SharedFiles.Path("fixtures/tcx-gpx/test.tcx")).Descendants(Tcx + "Trackpoint")
            .Where(p => p.Element(Tcx + "Position") is not null)
            .Select(p => new Point(
                double.Parse(p.Element(Tcx + "Position")!.Element(Tcx + "LatitudeDegrees")!.Value, CultureInfo.InvariantCulture),
                double.Parse(p.Element(Tcx + "Position")!.Element(Tcx + "LongitudeDegrees")!.Value, CultureInfo.InvariantCulture),
                p.Element(Tcx + "Time")!.Value,
                p.Element(Tcx + "HeartRateBpm") is { } hr ? int.Parse(hr.Element(Tcx + "Value")!.Value, CultureInfo.InvariantCulture) : null))];

    private static double Equirectangular(List<Point> points)
    {
        const double Radius = 6_371_008.8;
        var total = 0.0;
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            var meanLat = (a.Lat + b.Lat) / 2 * Math.PI / 180;
            var x = (b.Lon - a.Lon) * Math.PI / 180 * Math.Cos(meanLat);
            var y = (b.Lat - a.Lat) * Math.PI / 180;
            total += Radius * Math.Sqrt((x * x) + (y * y));
        }

        return total;
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
