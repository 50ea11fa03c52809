using System.Text;
using System.Xml.Linq;
using RunLift.Formats.Csv;
using RunLift.Formats.Gpx;
using RunLift.Formats.Tcx;
using RunLift.Testing;
using static RunLift.Formats.Tests.Gpx.GpxTests;
using static RunLift.Formats.Tests.Tcx.TcxTests;

namespace RunLift.Formats.Tests.Fuzzing;

/// <summary>100,000 mutated or random inputs per reader: each ends in a document or an <see cref="InputException"/>.</summary>
public sealed class DeviceFileFuzzTests
{
    private const int Cases = 100_000;

    // A generous guard against a hang (the cases take seconds), not a timing assertion.
    private const int HangGuard = 10 * 60 * 1000;

    private static readonly XNamespace Tcx = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

    [Fact(Timeout = HangGuard)]
    public async Task Gpx_EveryCaseEndsInADocumentOrAnInputException()
    {
        var points = TcxPoints();
        byte[][] seeds =
        [
            File.ReadAllBytes(SharedFiles.Path("fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx")),
            File.ReadAllBytes(SharedFiles.Path("fixtures/tcx-gpx/gpx_with_garmin_extension.gpx")),
            Utf8(Document("1/1", "<metadata><name>Tempo Tuesday</name></metadata>", Track(null, Segment(points.Take(6)), Segment(points.Skip(100).Take(4))), "v2")),
            Utf8(Document("1/0", "<name>Long run</name>", Track("Loop", Segment(points.Skip(200).Take(8))))),
        ];

        var documents = await Task.Run(() => Fuzzer.Run("GPX", seeds, s => GpxReader.Read("fuzz.gpx", s, TimeZoneInfo.Utc, new ReadBudget(ReadLimits.Default)), Cases), TestContext.Current.CancellationToken);

        // The mutations keep a good share of files readable, so the readers' paths past the XML are exercised too.
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} of {Cases} cases were documents; the rest InputExceptions");
        documents.ShouldBeGreaterThan(Cases / 20);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Tcx_EveryCaseEndsInADocumentOrAnInputException()
    {
        byte[][] seeds =
        [
            Slice(SharedFiles.Path("fixtures/tcx-gpx/test.tcx"), trackpointsPerLap: 3),
            Utf8(Document($"""
                <MultiSportSession><Id>2026-05-03T08:00:00Z</Id>
                <FirstSport>{Activity("Biking", "2026-05-03T08:00:00Z", Lap(3600, 30000, 140))}</FirstSport>
                <NextSport>{Activity("Running", "2026-05-03T09:05:00Z", Lap(1800, 6000, 165) + Lap(600, 2000, null), notes: "Brick tempo")}</NextSport>
                </MultiSportSession>
                """)),
        ];

        var documents = await Task.Run(() => Fuzzer.Run("TCX", seeds, s => TcxReader.Read("fuzz.tcx", s, TimeZoneInfo.Utc, new ReadBudget(ReadLimits.Default)), Cases), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} of {Cases} cases were documents; the rest InputExceptions");
        documents.ShouldBeGreaterThan(Cases / 20);
    }

    [Fact(Timeout = HangGuard)]
    public async Task FitNotes_EveryCaseEndsInADocumentOrAnInputException()
    {
        // Synthetic exports in the app's header forms (there is no real FitNotes export among the fixtures).
        byte[][] seeds =
        [
            Utf8("""
                Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment
                2026-03-02,Barbell Squat,Legs,100.0,5,,,,"deep, slow"
                2026-03-02,Plank,Abs,0.0,0,,,0:01:30,
                2026-03-03,Running (Outdoor),Cardio,,,5.0,km,0:25:00,tempo
                2026-03-03,Rowing Machine,Cardio,,,2000.0,m,8:00,
                """),
            Utf8("""
                Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment
                2026-04-29,Flat Barbell Bench Press,Chest,60,kgs,10,,,,
                2026-04-29,Dumbbell Curl,Biceps,30,lbs,10,,,,
                2026-04-30,Running (Treadmill),Cardio,,,3.1,mi,30:00,
                """),
            Utf8("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2026-03-02,Deadlift,Back,315.0,3,,,\n"),
        ];

        var documents = await Task.Run(() => Fuzzer.Run("FitNotes", seeds, s => FitNotesReader.Read("fuzz.csv", s, new ReadBudget(ReadLimits.Default)), Cases), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} of {Cases} cases were documents; the rest InputExceptions");
        documents.ShouldBeGreaterThan(Cases / 20);
    }

    [Fact(Timeout = HangGuard)]
    public async Task MutatedDeviceFiles_ThroughTheSniffer_EndInADocumentOrAnInputException()
    {
        // A mutation can make a device file look like another format: whatever reads it must still fail cleanly.
        byte[][] seeds =
        [
            File.ReadAllBytes(SharedFiles.Path("fixtures/tcx-gpx/gpx_with_garmin_extension.gpx")),
            Slice(SharedFiles.Path("fixtures/tcx-gpx/test.tcx"), trackpointsPerLap: 2),
            Utf8("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n2026-03-03,Running (Outdoor),Cardio,,,5.0,km,0:25:00,tempo\n"),
        ];

        await Task.Run(() => Fuzzer.Run("sniffed", seeds, s => TrainingFiles.Read("fuzz", s), Cases / 5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Cases_AreReproducibleFromTheirSeedAndIndex()
    {
        byte[][] seeds = [Utf8("<gpx></gpx>")];

        Fuzzer.Case(seeds, 7, 42).ShouldBe(Fuzzer.Case(seeds, 7, 42));
        Fuzzer.Case(seeds, 7, 42).ShouldNotBe(Fuzzer.Case(seeds, 7, 43));
    }

    /// <summary>The real file with only its first trackpoints in each lap: small, so 100,000 cases stay quick.</summary>
    private static byte[] Slice(string path, int trackpointsPerLap)
    {
        var document = XDocument.Load(path);
        foreach (var track in document.Descendants(Tcx + "Track"))
        {
            foreach (var point in track.Elements(Tcx + "Trackpoint").Skip(trackpointsPerLap).ToList())
            {
                point.Remove();
            }
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
