using System.IO.Compression;
using CsCheck;
using RunLift.Formats.Zip;
using RunLift.Testing;
using static RunLift.Testing.Zips;

namespace RunLift.Formats.Tests.Zip;

public sealed class TrainingArchiveTests
{
    private const string Log = SampleLogs.SessionAndLongRun;

    private const string Strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2024-11-28 17:36:08,"B",35m,"Deadlift (Barbell)",1,100.0,5.0,0,0.0,
        2024-11-28 17:36:08,"B",35m,"Deadlift (Barbell)",2,100.0,5.0,0,0.0,
        """;

    /// <summary>20 MB that start as a FIT file does and go on as zeros: they pack a thousand times.</summary>
    private static byte[] Bomb()
    {
        var bytes = new byte[20 * 1024 * 1024];
        bytes[0] = 12;
        ".FIT"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    private static List<ArchiveEntry> ReadAll(byte[] zip, ArchiveLimits? limits = null, IProgress<ImportProgress>? progress = null) =>
        [.. TrainingArchive.Read("export.zip", new MemoryStream(zip, writable: false), limits, progress: progress)];

    [Fact]
    public void PlainZip_ReadsEveryTrainingFileAndSaysWhyTheOthersAreSkipped()
    {
        var zip = Of(
            Folder("logs"),
            Text("logs/strong.csv", Strong),
            Text("logs/2026.yaml", Log),
            Text("summary.json", """{ "summarizedActivitiesExport": [] }"""),
            ("photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0]),
            Text("notes.txt", "nothing here"));
        var progress = new List<ImportProgress>();

        var entries = ReadAll(zip, progress: new Progress(progress));

        entries.Select(e => e.Name).ShouldBe(["logs/strong.csv", "logs/2026.yaml", "summary.json", "photo.png", "notes.txt"]);
        entries[0].Format.ShouldBe(TrainingFileFormat.Strong);
        entries[0].Document!.Sessions.ShouldHaveSingleItem().Exercises.ShouldHaveSingleItem().Sets.Count.ShouldBe(2);
        entries[0].Document!.Sources.ShouldBe(["logs/strong.csv"]);
        entries[1].Document!.Runs.ShouldHaveSingleItem().Kind.ShouldBe(Training.RunKind.Long);
        entries.Skip(2).ShouldAllBe(e => e.Skipped == SkipReason.NotTrainingFile && e.Document == null);
        progress.Select(p => p.EntriesDone).ShouldBe([1, 2, 3, 4, 5]);
        progress.ShouldAllBe(p => p.EntriesTotal == 5);
        progress[^1].BytesRead.ShouldBeGreaterThan(Strong.Length + Log.Length);
    }

    [Fact]
    public void GarminLayout_OpensTheZipsInsideOneLevelDeep()
    {
        var fit = File.ReadAllBytes(SharedFiles.Path("fixtures/fit/20555050352_ACTIVITY.fit"));
        var workout = File.ReadAllBytes(SharedFiles.Path("fixtures/fit/FullBody_-_Beginner_-_A_workout.fit"));
        var part = Of(
            ("20555050352_ACTIVITY.fit", fit),
            ("FullBody_-_Beginner_-_A_workout.fit", workout),
            Text("strong.csv", Strong),
            ("deeper.zip", Of(Text("log.yaml", Log))));
        var zip = Of(
            Text("DI_CONNECT/DI-Connect-Fitness/ann_0_summarizedActivities.json", "[]"),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part),
            Text("DI_CONNECT/DI-Connect-User/user_profile.json", "{}"));
        var progress = new List<ImportProgress>();

        var entries = ReadAll(zip, progress: new Progress(progress));

        const string Part = "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/";
        entries.Select(e => e.Name).ShouldBe([
            "DI_CONNECT/DI-Connect-Fitness/ann_0_summarizedActivities.json",
            Part + "20555050352_ACTIVITY.fit",
            Part + "FullBody_-_Beginner_-_A_workout.fit",
            Part + "strong.csv",
            Part + "deeper.zip",
            "DI_CONNECT/DI-Connect-User/user_profile.json",
        ]);
        entries[0].Skipped.ShouldBe(SkipReason.NotTrainingFile);
        entries[1].Format.ShouldBe(TrainingFileFormat.Fit);
        entries[1].Document!.IsDated.ShouldBeTrue();
        entries[1].Document!.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBeGreaterThan(0);
        entries[2].Skipped.ShouldBe(SkipReason.NotAnActivity);
        entries[3].Document!.Sessions.ShouldHaveSingleItem();
        entries[4].Skipped.ShouldBe(SkipReason.OverLimit);
        entries[4].Detail!.ShouldContain("archive inside an archive");
        entries[5].Skipped.ShouldBe(SkipReason.NotTrainingFile);
        progress[^1].EntriesDone.ShouldBe(6);
        progress[^1].EntriesTotal.ShouldBe(6);
        progress.ShouldAllBe(p => p.EntriesDone <= p.EntriesTotal);
    }

    [Fact]
    public void BadFiles_AreSkippedWithTheirReasons_AndTheRestIsRead()
    {
        var broken = Strong.Replace("100.0,5.0,0", "heavy,5.0,0", StringComparison.Ordinal);
        var zip = Of(
            Text("good.csv", Strong),
            Text("broken.csv", broken),
            Text("damaged.csv", Strong + string.Concat(Enumerable.Repeat("2024-11-29 17:36:08,\"C\",35m,\"Squat (Barbell)\",1,100.0,5.0,0,0.0,\n", 200))),
            Text("locked.csv", Strong),
            Text("big.yaml", Log + new string('#', 20_000)));
        zip = Encrypt(Damage(zip, 2), 3);

        var entries = ReadAll(zip, ArchiveLimits.Default with { MaxEntryBytes = 10_000 });

        entries[0].Document.ShouldNotBeNull();
        entries[1].Skipped.ShouldBe(SkipReason.Unreadable);
        entries[1].Detail.ShouldStartWith("2:");
        entries[1].Detail!.ShouldContain("the weight");
        entries[2].Skipped.ShouldBe(SkipReason.Unreadable);
        entries[3].Skipped.ShouldBe(SkipReason.Encrypted);
        entries[4].Skipped.ShouldBe(SkipReason.OverLimit);
        entries[4].Detail!.ShouldContain("10,000 bytes");
    }

    [Fact]
    public void FileThatLiesAboutItsSize_IsStillHeldToTheLimit()
    {
        var zip = ClaimSize(Of(Text("big.yaml", Log + new string('#', 50_000))), 0, 100);

        var entry = ReadAll(zip, ArchiveLimits.Default with { MaxEntryBytes = 10_000 }).ShouldHaveSingleItem();

        entry.Document.ShouldBeNull();
        entry.Skipped.ShouldBeOneOf(SkipReason.OverLimit, SkipReason.Unreadable);
    }

    [Fact]
    public void ZipBomb_StopsTheWholeArchive()
    {
        var zip = Of(Text("first.csv", Strong), ("bomb.fit", Bomb()), Text("last.csv", Strong));
        var read = new List<string>();

        var error = Should.Throw<InputException>(() =>
        {
            foreach (var entry in TrainingArchive.Read("export.zip", new MemoryStream(zip)))
            {
                read.Add(entry.Name);
            }
        });

        error.Message.ShouldBe("export.zip: bomb.fit unpacks to more than 100 times its packed size, as zip bombs do");
        read.ShouldBe(["first.csv"]);
    }

    [Fact]
    public void NestedZipBomb_StopsTheWholeArchive()
    {
        var zip = Of(CompressionLevel.NoCompression, ("inner.zip", Of(("bomb.fit", Bomb()))));

        Should.Throw<InputException>(() => ReadAll(zip)).Message.ShouldContain("inner.zip/bomb.fit unpacks to more than 100 times");
    }

    [Fact]
    public void MoreThanTheTotal_StopsTheWholeArchive()
    {
        var zip = Of(Text("a.yaml", Log), Text("b.yaml", Log), Text("c.yaml", Log));

        var error = Should.Throw<InputException>(() => ReadAll(zip, ArchiveLimits.Default with { MaxTotalBytes = Log.Length * 2 }));

        error.Message.ShouldContain("unpacks to more than");
    }

    [Fact]
    public void MoreFilesThanTheLimit_IsRefusedBeforeAnyIsRead()
    {
        var zip = Of(Text("a.yaml", Log), Text("b.yaml", Log), Text("c.yaml", Log));
        var read = 0;

        var error = Should.Throw<InputException>(() =>
        {
            foreach (var entry in TrainingArchive.Read("export.zip", new MemoryStream(zip), ArchiveLimits.Default with { MaxEntries = 2 }))
            {
                read++;
            }
        });

        error.Message.ShouldBe("export.zip: holds more than 2 files (the limit), counting those of the archives inside it");
        read.ShouldBe(0);
    }

    [Fact]
    public void AFitFileThatIsNoActivity_IsSkippedAsSuch_NotAsUnreadable()
    {
        var zip = Of(("settings.fit", Fit.FitReaderTests.SettingsFile()), Text("log.yaml", Log));

        var entries = ReadAll(zip);

        entries[0].Skipped.ShouldBe(SkipReason.NotAnActivity);
        entries[0].Detail!.ShouldContain("settings file");
        entries[1].Document.ShouldNotBeNull();
    }

    [Fact]
    public void NotAZip_IsAnInputError()
    {
        var truncated = Of(Text("a.yaml", Log))[..40];

        Should.Throw<InputException>(() => ReadAll(truncated)).Message.ShouldBe("export.zip: is not a readable zip archive");
        Should.Throw<InputException>(() => ReadAll("PK\x03\x04 and then nothing"u8.ToArray())).Message.ShouldBe("export.zip: is not a readable zip archive");
    }

    /// <summary>
    /// 100,000 damaged archives (bytes replaced, the archive cut short, random bytes behind a zip signature), each
    /// ending in entries or an InputException: no other exception, whatever the damage.
    /// </summary>
    [Fact]
    public void DamagedArchives_EndInEntriesOrAnInputError()
    {
        var zip = Of(Text("strong.csv", Strong), Text("log.yaml", Log), ("inner.zip", Of(Text("log.yaml", Log))));
        var mutated = Gen.Select(Gen.Int[0, zip.Length - 1].Array[1, 8], Gen.Byte.Array[8]).Select((positions, values) =>
        {
            var bytes = (byte[])zip.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                bytes[positions[i]] = values[i];
            }

            return bytes;
        });
        var truncated = Gen.Int[0, zip.Length - 1].Select(length => zip[..length]);
        var random = Gen.Byte.Array[0, 512].Select(bytes => (byte[])[.. "PK\x03\x04"u8, .. bytes]);
        Gen.Frequency((8, mutated), (1, truncated), (1, random)).Sample(bytes =>
        {
            try
            {
                ReadAll(bytes).ShouldAllBe(e => e.Document != null || (e.Skipped != null && e.Detail != null));
            }
            catch (InputException)
            {
            }
        }, iter: 100_000);
    }

    [Fact]
    public void Audit_ReadsAZipAsAllItsTrainingFiles()
    {
        var zip = Of(Text("strong.csv", Strong), Text("log.yaml", Log), Text("summary.json", "[]"));

        var document = TrainingFiles.Read("export.zip", new MemoryStream(zip));

        document.Sources.ShouldBe(["export.zip"]);
        document.Sessions.Count.ShouldBe(2);
        document.Runs.ShouldHaveSingleItem();
    }

    [Fact]
    public void Audit_AZipWithABrokenFile_NamesTheFileInside()
    {
        var zip = Of(Text("strong.csv", Strong.Replace("100.0,5.0,0", "heavy,5.0,0", StringComparison.Ordinal)));

        Should.Throw<InputException>(() => TrainingFiles.Read("export.zip", new MemoryStream(zip)))
            .Message.ShouldStartWith("export.zip/strong.csv:2:");
    }

    /// <summary>Records progress as it is reported, on the reporting thread (System.Progress would post it elsewhere).</summary>
    private sealed class Progress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
