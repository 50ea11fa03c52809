using System.Globalization;
using System.Text;
using System.Xml.Linq;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Tcx;

public sealed class TcxTests
{
    private static readonly XNamespace Ns = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

    [Fact]
    public void Fixture_IsOneRun_WithTheLapsTotals()
    {
        var path = SharedFiles.Path("fixtures/tcx-gpx/test.tcx");

        // The expected values, read independently with LINQ to XML.
        var laps = XDocument.Load(path).Descendants(Ns + "Lap").Select(lap => (
            Seconds: Number(lap.Element(Ns + "TotalTimeSeconds")!),
            Meters: Number(lap.Element(Ns + "DistanceMeters")!),
            Bpm: Number(lap.Element(Ns + "AverageHeartRateBpm")!.Element(Ns + "Value")!))).ToList();
        laps.Count.ShouldBe(3);
        var seconds = laps.Sum(l => l.Seconds);
        var meters = laps.Sum(l => l.Meters);
        var bpm = laps.Sum(l => l.Bpm * l.Seconds) / seconds;

        var doc = TrainingFiles.Read(path);

        var run = doc.Runs.ShouldHaveSingleItem();
        run.Date.ShouldBe(new DateOnly(2012, 12, 26));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(21, 29, 53)));
        run.Duration.ShouldBe(TimeSpan.FromSeconds(seconds));
        run.Duration.ShouldBe(TimeSpan.FromSeconds(1992.78));
        run.Distance!.Value.Meters.ShouldBe(meters, 1e-6);
        run.Distance!.Value.Meters.ShouldBe(4689.2427, 0.0001);
        run.AverageHeartRate.ShouldBe((int)Math.Round(bpm));
        run.AverageHeartRate.ShouldBe(160);
        run.Name.ShouldBe("Aerobics");
        run.Kind.ShouldBe(RunKind.Easy);
        run.IsKey.ShouldBeFalse();
        doc.Skipped.ShouldBeEmpty();
        doc.Sessions.ShouldBeEmpty();
    }

    [Fact]
    public void Fixture_InAnotherZone_IsOnItsLocalDateAndClock()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var run = TrainingFiles.Read(SharedFiles.Path("fixtures/tcx-gpx/test.tcx"), new ReadOptions { TimeZone = newYork }).Runs.Single();

        run.Date.ShouldBe(new DateOnly(2012, 12, 26));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(16, 29, 53)));
    }

    [Fact]
    public void Multisport_RunsAreRead_OtherSportsAreCrossTraining_WithoutATimeSkippedWithAReason()
    {
        var tcx = Document($"""
            <MultiSportSession>
              <Id>2026-05-03T08:00:00Z</Id>
              <FirstSport>{Activity("Biking", "2026-05-03T08:00:00Z", Lap(3600, 30000, 140))}</FirstSport>
              <NextSport>{Activity("Running", "2026-05-03T09:05:00Z", Lap(1800, 6000, 165), notes: "Brick tempo")}</NextSport>
            </MultiSportSession>
            {Activity("Other", "2026-05-04T18:00:00Z", Lap(1200, 0, null))}
            {Activity("Biking", "2026-05-05T18:00:00Z", "")}
            """);

        var doc = Read.Text(tcx, "brick.tcx");

        var run = doc.Runs.ShouldHaveSingleItem();
        (run.Date, run.Time, run.Duration, run.Kind, run.Name).ShouldBe(
            (new DateOnly(2026, 5, 3), TimeOfDay.At(new TimeOnly(9, 5)), TimeSpan.FromMinutes(30), RunKind.Tempo, "Brick tempo"));
        doc.CrossTraining.Select(c => (c.Sport, c.Date, c.Time, c.Duration, c.Distance, c.AverageHeartRate)).ShouldBe(
        [
            ("Biking", new DateOnly(2026, 5, 3), TimeOfDay.At(new TimeOnly(8, 0)), TimeSpan.FromHours(1), Distance.FromMeters(30000), 140),
            ("Other", new DateOnly(2026, 5, 4), TimeOfDay.At(new TimeOnly(18, 0)), TimeSpan.FromMinutes(20), null, null),
        ]);
        doc.Skipped.Select(s => s.ToString()).ShouldBe(
        [
            "brick.tcx:22: a Biking activity on 2026-05-05 is not a run, and has no plausible start and time to count as cross-training",
        ]);
    }

    [Fact]
    public void HeartRate_IsTheLapsWeightedByTime()
    {
        var tcx = Document(Activity("Running", "2026-05-05T06:00:00Z", Lap(600, 2000, 140) + Lap(1800, 5000, 160)));

        var run = Text(tcx).Runs.Single();

        run.AverageHeartRate.ShouldBe(155, "(140 × 600 + 160 × 1800) / 2400");
        run.Distance.ShouldBe(Distance.FromMeters(7000));
        run.Duration.ShouldBe(TimeSpan.FromMinutes(40));
    }

    [Fact]
    public void WithoutLapTotals_TrackpointsGiveTheTimeAndHeartRate()
    {
        var tcx = Document(Activity("Running", null, """
            <Lap StartTime="2026-05-06T06:00:00Z"><Track>
              <Trackpoint><Time>2026-05-06T06:00:00Z</Time><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>
              <Trackpoint><Time>2026-05-06T07:40:00Z</Time><HeartRateBpm><Value>151</Value></HeartRateBpm></Trackpoint>
              <Trackpoint><Time>2026-05-06T07:41:00Z</Time></Trackpoint>
            </Track></Lap>
            """));

        var run = Text(tcx).Runs.Single();

        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(6, 0)));
        run.Duration.ShouldBe(TimeSpan.FromMinutes(101));
        run.AverageHeartRate.ShouldBe(136, "(120 + 151) / 2 rounds to 136");
        run.Distance.ShouldBeNull();
        run.IsLong.ShouldBeTrue();
    }

    [Fact]
    public void CoursesAndWorkoutsOnly_IsAnError()
    {
        const string Tcx = """
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <Courses><Course><Name>Loop</Name><Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap></Course></Courses>
            </TrainingCenterDatabase>
            """;

        Read.Error(Tcx, "course.tcx").Message.ShouldBe("course.tcx: has no activities (courses and workouts are not recorded runs)");
    }

    [Theory]
    [InlineData("<TotalTimeSeconds>ten</TotalTimeSeconds>", "run.tcx:4:19: expected the lap's TotalTimeSeconds (a number), found 'ten'")]
    [InlineData("<TotalTimeSeconds>-5</TotalTimeSeconds>", "run.tcx:4:19: the lap's TotalTimeSeconds of -5 is not plausible")]
    [InlineData("<DistanceMeters>NaN</DistanceMeters>", "run.tcx:4:17: expected the lap's DistanceMeters (a number), found 'NaN'")]
    [InlineData("<AverageHeartRateBpm><Value>400</Value></AverageHeartRateBpm>", "run.tcx:4:29: a heart rate of 400 is not plausible")]
    [InlineData("<Track><Trackpoint><Time>26/12/2012</Time></Trackpoint></Track>", "run.tcx:4:26: expected the trackpoint's Time like 2012-12-26T21:29:53Z, found '26/12/2012'")]
    [InlineData("<Track><Trackpoint>", "run.tcx:5:3: not valid XML: The 'Trackpoint' start tag on line 4 position 9 does not match the end tag of 'Lap'.")]
    public void Mistakes_AreReportedWhereTheyAre(string inLap, string message)
    {
        var tcx = $"""
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
            <Activity Sport="Running"><Id>2026-05-07T06:00:00Z</Id>
            <Lap StartTime="2026-05-07T06:00:00Z">
            {inLap}
            </Lap></Activity></Activities></TrainingCenterDatabase>
            """;

        Read.Error(tcx, "run.tcx").Message.ShouldBe(message);
    }

    [Fact]
    public void AnotherNamespace_IsNotReadAsTcx()
    {
        const string Tcx = """<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v1"><Activities/></TrainingCenterDatabase>""";

        Read.Error(Tcx, "old.tcx").Message.ShouldBe(
            "old.tcx:1:2: expected a TCX v2 <TrainingCenterDatabase> (http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2), found <TrainingCenterDatabase> in 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v1'");
    }

    [Fact]
    public void DeeplyNestedExtensions_AreRefusedAtTheDepthLimit_WithoutRecursion()
    {
        var deep = string.Concat(Enumerable.Repeat("<x:e>", 100_000)) + string.Concat(Enumerable.Repeat("</x:e>", 100_000));
        var tcx = Document(Activity("Running", "2026-05-08T06:00:00Z",
            $"""<Lap StartTime="2026-05-08T06:00:00Z"><TotalTimeSeconds>60</TotalTimeSeconds><Extensions xmlns:x="urn:x">{deep}</Extensions></Lap>"""));

        var error = Should.Throw<InputException>(() => Text(tcx));

        error.Reason.ShouldBe("elements nested more than 64 deep; device files need a few levels");
        error.Line.ShouldBe(6);
    }

    [Fact]
    public void NestedExtensions_WithinTheDepthLimit_AreWalked()
    {
        var deep = string.Concat(Enumerable.Repeat("<x:e>", 50)) + string.Concat(Enumerable.Repeat("</x:e>", 50));
        var tcx = Document(Activity("Running", "2026-05-08T06:00:00Z",
            $"""<Lap StartTime="2026-05-08T06:00:00Z"><TotalTimeSeconds>60</TotalTimeSeconds><Extensions xmlns:x="urn:x">{deep}</Extensions></Lap>"""));

        Text(tcx).Runs.Single().Duration.ShouldBe(TimeSpan.FromMinutes(1));
    }

    internal static string Document(string activities) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
          <Activities>
            {activities}
          </Activities>
        </TrainingCenterDatabase>
        """;

    internal static string Activity(string sport, string? id, string laps, string? notes = null) =>
        $"""
        <Activity Sport="{sport}">
              {(id is null ? "" : $"<Id>{id}</Id>")}
              {laps}
              {(notes is null ? "" : $"<Notes>{notes}</Notes>")}
            </Activity>
        """;

    internal static string Lap(double seconds, double meters, int? bpm) => FormattableString.Invariant(
        $"""<Lap StartTime="2026-01-01T00:00:00Z"><TotalTimeSeconds>{seconds}</TotalTimeSeconds><DistanceMeters>{meters}</DistanceMeters>{(bpm is null ? "" : $"<AverageHeartRateBpm><Value>{bpm}</Value></AverageHeartRateBpm>")}<Extensions><ns3:LX><ns3:AvgSpeed>3.1</ns3:AvgSpeed></ns3:LX></Extensions></Lap>""");

    private static double Number(XElement element) => double.Parse(element.Value, CultureInfo.InvariantCulture);

    private static TrainingDocument Text(string content) => TrainingFiles.Read("run.tcx", new MemoryStream(Encoding.UTF8.GetBytes(content)));
}
