using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Formats.Zip;
using RunLift.Testing;
using RunLift.Training;
using RunLift.Web.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class ImportsApiTests
{
    private static string Hevy => SharedFiles.Path("fixtures/csv/sample_hevy.csv");

    private static string Strong => SharedFiles.Path("fixtures/csv/sample_strong.csv");

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string path, string? content = null, bool preview = false)
    {
        var text = content ?? await File.ReadAllTextAsync(path, Cancel);
        var name = Uri.EscapeDataString(Path.GetFileName(path));
        return await client.PostAsync($"/api/v1/imports?fileName={name}{(preview ? "&preview=true" : "")}", Body(text, "text/csv"), Cancel);
    }

    internal static async Task<int> CountAsync(HttpClient client, string resource) =>
        (await (await client.GetAsync($"/api/v1/{resource}?pageSize=1", Cancel)).JsonAsync()).GetProperty("total").GetInt32();

    [Fact]
    public async Task TheResponse_HasTheShapeTheImportsResultHad()
    {
        await using var factory = WebFactory.With();
        var json = factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var result = new ImportResult(
            7, "export.zip", "zip", Preview: false, AlreadyImported: false, SessionsAdded: 1, SetsAdded: 3, RunsAdded: 1, Skipped: 2, ["Qwzx Blorp"],
            [new ImportedSession(new DateOnly(2026, 3, 16), "Strength A", 3, true)],
            [new ImportedRun(new DateOnly(2026, 3, 17), RunKind.RacePace, 3000, false) { KindBasis = "laps: 6 fast laps" }],
            new ArchiveSummary(4, 2, 2, [new SkippedFiles(SkipReason.NotTrainingFile, "not a training file", 2, [new SkippedFile("a.json", "is not a training file")])]))
        {
            Exercises = [new ExerciseReading("Qwzx Blorp", null, null, MatchKind.Unknown, 3), new ExerciseReading("Squat", "back-squat", MovementPattern.Squat, MatchKind.Alias, 5)],
            CrossTrainingAdded = 1,
            CrossTraining = [new ImportedCrossTraining(new DateOnly(2026, 3, 18), "ride", 3600, true)],
            LeftOut = [new SkippedInput("export.zip/hevy.csv:3", "not a number")],
        };

        JsonSerializer.Serialize(ImportResultView.From(result), json).ShouldBe(JsonSerializer.Serialize(result, json));
        JsonSerializer.Serialize(ImportResultView.From(result with { Id = null, Archive = null }), json)
            .ShouldBe(JsonSerializer.Serialize(result with { Id = null, Archive = null }, json));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SameHevyFileTwice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");

        var first = await ImportAsync(client, Hevy);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var added = await first.JsonAsync();
        var sessions = added.GetProperty("sessionsAdded").GetInt32();
        sessions.ShouldBeGreaterThan(10);
        added.GetProperty("setsAdded").GetInt32().ShouldBeGreaterThan(1000);
        (await CountAsync(client, "sessions")).ShouldBe(sessions);

        var again = await ImportAsync(client, Hevy);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await again.JsonAsync();
        second.GetProperty("alreadyImported").GetBoolean().ShouldBeTrue();
        second.GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
        second.GetProperty("setsAdded").GetInt32().ShouldBe(0);
        (await CountAsync(client, "sessions")).ShouldBe(sessions);
        (await (await client.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_OverlappingExport_AddsOnlyTheNewWorkouts(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var lines = await File.ReadAllLinesAsync(Hevy, Cancel);

        // An older export: the header and the first 3,000 rows, ending on a whole workout.
        var cut = 3000;
        while (cut < lines.Length && StartOf(lines[cut]) == StartOf(lines[cut - 1]))
        {
            cut++;
        }

        var older = await ImportAsync(client, Hevy, string.Join('\n', lines.Take(cut)) + "\n");
        older.StatusCode.ShouldBe(HttpStatusCode.Created);
        var olderSessions = (await older.JsonAsync()).GetProperty("sessionsAdded").GetInt32();

        var full = await ImportAsync(client, Hevy);
        full.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await full.JsonAsync();
        var total = result.GetProperty("sessions").GetArrayLength();
        result.GetProperty("sessionsAdded").GetInt32().ShouldBe(total - olderSessions);
        result.GetProperty("skipped").GetInt32().ShouldBe(olderSessions);
        (await CountAsync(client, "sessions")).ShouldBe(total);

        static string StartOf(string line) => line.Split("\",\"")[1];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_CopyWithOneBadRow_ImportsTheRestAndSaysWhichRowWasLeftOut(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var lines = await File.ReadAllLinesAsync(Hevy, Cancel);

        // Near the end, so that the readers have read thousands of good rows before the bad one.
        var bad = lines.Length - 5;
        var fields = lines[bad].Split(',');
        fields[9] = "heavy";
        lines[bad] = string.Join(',', fields);

        var response = await ImportAsync(client, Hevy, string.Join('\n', lines) + "\n");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await response.JsonAsync();
        var leftOut = result.GetProperty("leftOut").EnumerateArray().ShouldHaveSingleItem();
        leftOut.GetProperty("source").GetString().ShouldBe($"sample_hevy.csv:{bad + 1}");
        leftOut.GetProperty("reason").GetString().ShouldStartWith("row skipped: ");
        result.GetProperty("sessionsAdded").GetInt32().ShouldBe(335);
        (await CountAsync(client, "sessions")).ShouldBe(335);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_FileOfWhichNoRowCanBeRead_Is400WithThePositionAndStoresNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var lines = (await File.ReadAllLinesAsync(Hevy, Cancel)).Take(4).ToArray();
        for (var row = 1; row < lines.Length; row++)
        {
            var fields = lines[row].Split(',');
            fields[9] = "heavy";
            lines[row] = string.Join(',', fields);
        }

        var response = await ImportAsync(client, Hevy, string.Join('\n', lines) + "\n");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldStartWith("sample_hevy.csv:2:");
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        (await CountAsync(client, "sessions")).ShouldBe(0);
        (await (await client.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        (await db.Sets.CountAsync(Cancel)).ShouldBe(0);
        (await db.AuditSnapshots.CountAsync(Cancel)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preview_SaysWhatWouldBeAddedAndWritesNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await ImportAsync(client, Strong, preview: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await response.JsonAsync();
        preview.GetProperty("preview").GetBoolean().ShouldBeTrue();
        preview.GetProperty("format").GetString().ShouldBe("strong");
        preview.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        var sessions = preview.GetProperty("sessionsAdded").GetInt32();
        sessions.ShouldBeGreaterThan(0);
        preview.GetProperty("sessions").EnumerateArray().ShouldAllBe(s => s.GetProperty("new").GetBoolean());
        (await CountAsync(client, "sessions")).ShouldBe(0);
        (await (await client.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);

        // Then the real import adds just what the preview said, and a second preview says it is all there.
        var imported = await (await ImportAsync(client, Strong)).JsonAsync();
        imported.GetProperty("sessionsAdded").GetInt32().ShouldBe(sessions);
        var after = await (await ImportAsync(client, Strong, preview: true)).JsonAsync();
        after.GetProperty("alreadyImported").GetBoolean().ShouldBeTrue();
        after.GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Import_Multipart_StoresSetsWithCatalogIdsAndKilograms()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Strong, Cancel));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "strong.csv");

        var response = await client.PostAsync("/api/v1/imports", form, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await response.JsonAsync();
        result.GetProperty("fileName").GetString().ShouldBe("strong.csv");
        var list = await (await client.GetAsync("/api/v1/sessions?pageSize=200", Cancel)).JsonAsync();
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var session = await (await client.GetAsync($"/api/v1/sessions/{id}", Cancel)).JsonAsync();
        session.GetProperty("source").GetString().ShouldBe("strong");
        var sets = session.GetProperty("sets").EnumerateArray().ToList();
        sets.ShouldNotBeEmpty();
        sets.ShouldContain(s => s.GetProperty("exerciseId").ValueKind == JsonValueKind.String);
        var catalog = ExerciseCatalog.Default;
        foreach (var set in sets.Where(s => s.GetProperty("exerciseId").ValueKind == JsonValueKind.String))
        {
            catalog.FindById(set.GetProperty("exerciseId").GetString()!).ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Import_WeeklyRoutine_Is400()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        var routine = "sessions:\n  - name: A\n    day: mon\n    exercises:\n      - Back Squat 3x5 @ 100kg\n";

        var response = await client.PostAsync("/api/v1/imports?fileName=week.yaml", Body(routine, "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("weekly routine");
    }

    [Fact]
    public async Task Import_OverTheUploadLimit_Is413()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "1000" });
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await ImportAsync(client, Hevy);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await CountAsync(client, "sessions")).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imports_AreTheImportersAlone(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var id = (await (await ImportAsync(ann, Strong)).JsonAsync()).GetProperty("id").GetInt64();

        (await bob.GetAsync($"/api/v1/imports/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await bob.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        (await CountAsync(bob, "sessions")).ShouldBe(0);

        // The same file is new to Bob: idempotence is per athlete.
        (await ImportAsync(bob, Strong)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ann.GetAsync($"/api/v1/imports/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Imports_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient();

        (await client.GetAsync("/api/v1/imports", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/imports/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/v1/imports", Body("x", "text/csv"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Zip_ImportsItsFilesAndSaysWhichWereSkippedAndWhy(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        // A Strong export none of whose rows can be read.
        var broken = (await File.ReadAllLinesAsync(Strong, Cancel))[0] + "\n2024-11-28 17:36:08,\"B\",35m,\"Bent Over Row (Barbell)\",1,heavy,13.0,0,0.0,\n";
        var zip = Zips.Encrypt(
            Zips.Of(
                ("exports/strong.csv", await File.ReadAllBytesAsync(Strong, Cancel)),
                ("fit/activity.fit", await File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/20555050352_ACTIVITY.fit"), Cancel)),
                Zips.Text("exports/broken.csv", broken),
                Zips.Text("exports/locked.csv", "x"),
                Zips.Text("summary.json", "[]")),
            3);

        var response = await PostZipAsync(client, zip);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await response.JsonAsync();
        result.GetProperty("format").GetString().ShouldBe("zip");
        var archive = result.GetProperty("archive");
        (archive.GetProperty("files").GetInt32(), archive.GetProperty("imported").GetInt32(), archive.GetProperty("skipped").GetInt32()).ShouldBe((5, 2, 3));
        var skips = archive.GetProperty("skips").EnumerateArray().ToDictionary(s => s.GetProperty("reason").GetString()!);
        skips.Keys.ShouldBe(["not-training-file", "unreadable", "encrypted"]);
        skips["unreadable"].GetProperty("files")[0].GetProperty("name").GetString().ShouldBe("exports/broken.csv");
        skips["unreadable"].GetProperty("files")[0].GetProperty("detail").GetString().ShouldStartWith("2:");
        var sessions = result.GetProperty("sessionsAdded").GetInt32();
        (await CountAsync(client, "sessions")).ShouldBe(sessions);
        (await CountAsync(client, "runs")).ShouldBe(result.GetProperty("runsAdded").GetInt32());

        // The same archive again, as a form this time: nothing to add.
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(zip) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } }, "file", "export.zip");
        var again = await client.PostAsync("/api/v1/imports", form, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.JsonAsync()).GetProperty("alreadyImported").GetBoolean().ShouldBeTrue();
        (await CountAsync(client, "sessions")).ShouldBe(sessions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ZipBomb_Is413NamingTheLimitAndStoresNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var bomb = new byte[20 * 1024 * 1024];
        bomb[0] = 12;
        ".FIT"u8.CopyTo(bomb.AsSpan(8));

        var response = await PostZipAsync(client, Zips.Of(("strong.csv", await File.ReadAllBytesAsync(Strong, Cancel)), ("bomb.fit", bomb)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("export.zip: bomb.fit unpacks to more than 100 times its packed size, as zip bombs do");
        problem.GetProperty("limit").GetString().ShouldBe("times its packed size a file may unpack to");
        (await CountAsync(client, "sessions")).ShouldBe(0);
        (await (await client.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        (await db.Sets.CountAsync(Cancel)).ShouldBe(0);
        (await db.AuditSnapshots.CountAsync(Cancel)).ShouldBe(0);
    }

    [Fact]
    public async Task Preview_OfAZip_WritesNothing()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await PostZipAsync(client, Zips.Of(("strong.csv", await File.ReadAllBytesAsync(Strong, Cancel))), preview: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await response.JsonAsync();
        preview.GetProperty("preview").GetBoolean().ShouldBeTrue();
        preview.GetProperty("sessionsAdded").GetInt32().ShouldBeGreaterThan(0);
        preview.GetProperty("archive").GetProperty("imported").GetInt32().ShouldBe(1);
        (await CountAsync(client, "sessions")).ShouldBe(0);
    }

    [Fact]
    public async Task Import_StravaExport_AddsItsRunsAndSessions_AndSaysItsRecordingsWereReadFromTheList()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        var activities = StravaExport.Synthetic(10).Select(a => a with { File = $"activities/{a.Id}.gpx.gz" }).ToList();

        var response = await PostZipAsync(client, StravaExport.ExportZip(activities, _ => "<gpx/>"u8.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await response.JsonAsync();
        (result.GetProperty("sessionsAdded").GetInt32(), result.GetProperty("runsAdded").GetInt32()).ShouldBe((2, 8));
        var skips = result.GetProperty("archive").GetProperty("skips").EnumerateArray().ToList();
        skips.ShouldHaveSingleItem().GetProperty("count").GetInt32().ShouldBe(11);
        skips[0].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("detail").GetString())
            .ShouldContain("is a Strava activity's recording: the activities are read from activities.csv");
        (await CountAsync(client, "runs")).ShouldBe(8);
    }

    [Fact]
    public async Task Import_ArchivesHaveTheirOwnLimit_OtherFilesTheUploadLimit()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "2000", ["Uploads:MaxArchiveBytes"] = "200000" });
        var client = await factory.RegisterAsync("ann@example.com");
        var strong = await File.ReadAllBytesAsync(Strong, Cancel);

        // A zip larger than the upload limit but within the archive limit is imported.
        (await PostZipAsync(client, Zips.Of(System.IO.Compression.CompressionLevel.NoCompression, ("strong.csv", strong)))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The same CSV sent as bytes of no particular type is held to the upload limit once it is seen not to be a zip.
        var raw = await client.PostAsync("/api/v1/imports?fileName=strong.csv", new ByteArrayContent(strong) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, Cancel);
        raw.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        // And a zip over the archive limit is refused.
        var big = Zips.Of(System.IO.Compression.CompressionLevel.NoCompression, ("a.fit", new byte[300_000]));
        (await PostZipAsync(client, big)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await (await client.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(1);
    }

    private static Task<HttpResponseMessage> PostZipAsync(HttpClient client, byte[] zip, bool preview = false) =>
        client.PostAsync(
            $"/api/v1/imports?fileName=export.zip{(preview ? "&preview=true" : "")}",
            new ByteArrayContent(zip) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } },
            Cancel);

    [Fact]
    public void FormatOf_RecognisesTheExportsByTheirHeaders()
    {
        LogImport.FormatOf(new MemoryStream(Encoding.UTF8.GetBytes(File.ReadAllLines(Hevy)[0]))).Format.ShouldBe("hevy");
        LogImport.FormatOf(new MemoryStream(Encoding.UTF8.GetBytes(File.ReadAllLines(Strong)[0]))).Format.ShouldBe("strong");
        LogImport.FormatOf(new MemoryStream("sessions: []"u8.ToArray())).Format.ShouldBe("document");
    }
}
