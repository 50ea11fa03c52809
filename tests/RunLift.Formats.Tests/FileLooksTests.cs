using System.IO.Compression;
using System.Text;

namespace RunLift.Formats.Tests;

/// <summary>Files RunLift does not read are named by what they look like, with what RunLift reads as the hint.</summary>
public sealed class FileLooksTests
{
    public static TheoryData<string, byte[], string> Headers => new()
    {
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x48], "an image (JPEG)" },
        { "PNG", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], "an image (PNG)" },
        { "HEIC", [0x00, 0x00, 0x00, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0x00, 0x00, 0x00, 0x00], "an image (HEIC)" },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "a PDF" },
        { "XLS", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], "an older Office document (an .xls spreadsheet or a .doc)" },
        { "UTF-16 with its mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Date,Exercise,Reps\r\n2026-01-05,Squat,5\r\n")], "text in UTF-16 (save it as UTF-8)" },
        { "UTF-16 without it", Encoding.Unicode.GetBytes("title,start_time,exercise_title\n"), "text in UTF-16 (save it as UTF-8)" },
        { "Latin-1", Encoding.Latin1.GetBytes("sessions:\n  - name: Entra\u00eenement\n"), "text that is not UTF-8 (save it as UTF-8)" },
        { "HTML", Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Export</title></head></html>\n"), "a web page (HTML)" },
        { "KML", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>\n"), "an XML document whose root is <kml>" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void ContentRunLiftDoesNotRead_IsNamedByWhatItLooksLike(string kind, byte[] content, string looks)
    {
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("upload.csv", new MemoryStream(content)), kind);

        error.Message.ShouldBe($"upload.csv: looks like {looks}, not a training file");
        error.Hint.ShouldBe(TrainingFiles.WhatItReads);
    }

    [Theory]
    [InlineData("Foo,Bar,Baz\n1,2,3\n", "a CSV whose columns are Foo, Bar, Baz")]
    [InlineData("\"Day\";\"Lift\";\"Kilos\"\r\n\"Mon\";\"Squat\";\"100\"\r\n", "a CSV whose columns are Day, Lift, Kilos")]
    [InlineData("Date\tExercise Name\tWeight\n", "a CSV whose columns are Date, Exercise Name, Weight")]
    [InlineData("a,b,c,d,e,f,g,h,i,j\n", "a CSV whose columns are a, b, c, d, e, f, g, h and 2 more")]
    public void ACsvOfOtherColumns_IsNamedWithItsColumns(string content, string looks) =>
        Read.Error(content, "export.csv").Reason.ShouldBe($"looks like {looks}, not a training file");

    [Theory]
    [InlineData("sessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n")]
    [InlineData("name: Squats, lunges, and more\nsessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n")]
    [InlineData("{\"sessions\": [{\"day\": \"mon\", \"exercises\": [\"Back Squat 3x5\"]}]}")]
    [InlineData("# Monday, Wednesday, Friday\nsessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n")]
    public void Routines_AreStillRoutines(string content) => Read.Text(content).Sessions.Count.ShouldBe(1);

    [Fact]
    public void ASpreadsheet_IsNamedAsOne_NotAsAZipOfXml()
    {
        var xlsx = Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>"));

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("log.xlsx", new MemoryStream(xlsx)));

        error.Message.ShouldBe("log.xlsx: looks like a spreadsheet (xlsx), not a training file");
        error.Hint.ShouldBe(TrainingFiles.WhatItReads);
    }

    [Fact]
    public void AZipOfOtherFiles_SaysItHoldsNoTrainingFiles()
    {
        var zip = Zip(("photo.txt", "a holiday"), ("notes/readme.md", "# Notes"));

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("export.zip", new MemoryStream(zip)));

        error.Message.ShouldBe("export.zip: is a zip with no training files");
        error.Hint.ShouldBe(TrainingFiles.WhatItReads);
    }

    [Fact]
    public void WhatItReads_NamesEveryFormat_AndTheColumnsOfEachCsv()
    {
        foreach (var named in new[] { "YAML", "JSON", "Hevy", "Strong", "FitNotes", "Strava", "FIT", "GPX", "TCX", "zip" })
        {
            TrainingFiles.WhatItReads.ShouldContain(named);
        }

        foreach (var column in new[] { "exercise_title", "start_time", "Exercise Name", "Set Order", "Category", "Activity Type" })
        {
            TrainingFiles.WhatItReads.ShouldContain(column);
        }
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return bytes.ToArray();
    }
}
