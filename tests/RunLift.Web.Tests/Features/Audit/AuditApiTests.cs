using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Audit;

public sealed class AuditApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task BodybuilderRoutine_ReportsBodyPartSplit()
    {
        var response = await client.PostAsync("/api/v1/audit", Body(await ExampleAsync("bodybuilder-split.yaml"), "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.GetValues("RunLift-Outcome").ShouldBe(["fail"]);
        var report = await response.JsonAsync();
        report.GetProperty("source").EnumerateArray().Select(s => s.GetString()).ShouldBe(["body"]);
        report.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("verdict").GetString().ShouldBe("needs-work");
        FindingIds(report).ShouldContain("RL105");
    }

    [Fact]
    public async Task AWatchsFitActivity_IsAuditedFromItsBytes()
    {
        var fit = await System.IO.File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"), Cancel);
        var content = new ByteArrayContent(fit);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.ant.fit");

        var response = await client.PostAsync("/api/v1/audit?failOn=never", content, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        var summary = (await response.JsonAsync()).GetProperty("summary");
        summary.GetProperty("sessions").GetInt32().ShouldBe(1);
        summary.GetProperty("workingSets").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GoodRoutine_PassesWithNoFindings()
    {
        var response = await client.PostAsync("/api/v1/audit?failOn=warning", Body(await ExampleAsync("good-runner.yaml"), "text/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("RunLift-Outcome").ShouldBe(["pass"]);
        var report = await response.JsonAsync();
        FindingIds(report).ShouldBeEmpty();
        report.GetProperty("verdict").GetString().ShouldBe("good");
    }

    [Fact]
    public async Task Report_IsTheCliJsonReport()
    {
        // The same bytes the CLI prints with --format json: both use JsonReport.
        var yaml = await ExampleAsync("unstable-surfaces.yaml");
        var expected = RunLift.Formats.Reports.JsonReport.ToJson(
            new RunLift.Auditing.Auditor(RunLift.Catalog.ExerciseCatalog.Default).Audit(
                RunLift.Formats.TrainingFiles.Read("body", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(yaml)))));

        var response = await client.PostAsync("/api/v1/audit", Body(yaml, "text/plain"), Cancel);

        (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe(expected);
    }

    [Fact]
    public async Task WarningsAlone_AreWorthFixing()
    {
        const string routine = "athlete:\n  experience: novice\nsessions:\n  - name: A\n    day: mon\n    duration: 80min\n    exercises:\n" +
            "      - Back Squat 4x5 @ 85% rest 3min\n      - Romanian Deadlift 3x6 @ RPE 8 rest 2min\n      - Push-Up 3x10\n" +
            "      - Pull-Up 3x5 @ RPE 8 rest 2min\n      - Calf Raise 3x10\n      - Plank 3x30s\n";

        var report = await (await client.PostAsync("/api/v1/audit", Body(routine, "application/yaml"), Cancel)).JsonAsync();

        (report.GetProperty("summary").GetProperty("errors").GetInt32(), report.GetProperty("summary").GetProperty("warnings").GetInt32()).ShouldBe((0, 1));
        report.GetProperty("verdict").GetString().ShouldBe("worth-fixing");
    }

    [Fact]
    public async Task AnImage_Is400NamingWhatItLooksLike_WithWhatRunLiftReadsAsTheHint()
    {
        var photo = new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01]);
        photo.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await client.PostAsync("/api/v1/audit", photo, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("body: looks like an image (JPEG), not a training file");
        problem.GetProperty("hint").GetString().ShouldBe(RunLift.Formats.TrainingFiles.WhatItReads);
    }

    [Fact]
    public async Task BadYaml_Is400WithLineAndColumn()
    {
        var response = await client.PostAsync("/api/v1/audit", Body("sessions:\n  - day: mon\n   bad: [", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("detail").GetString().ShouldStartWith("body:3:4: ");
        problem.GetProperty("line").GetInt32().ShouldBe(3);
        problem.GetProperty("column").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task UnknownExerciseShape_Is400AtItsPosition()
    {
        var response = await client.PostAsync("/api/v1/audit", Body("sessions:\n  - day: mon\n    exercises: [Back Squat 3xfive]\n", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("line").GetInt32().ShouldBe(3);
        problem.GetProperty("detail").GetString().ShouldStartWith("body:3:");
    }

    [Theory]
    [InlineData("weeks=0", "weeks")]
    [InlineData("failOn=sometimes", "failOn")]
    public async Task BadQuery_Is400NamingTheParameter(string query, string name)
    {
        var response = await client.PostAsync("/api/v1/audit?" + query, Body(await ExampleAsync("good-runner.yaml"), "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain(name);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task UnparsableDate_Is400ProblemDetails(string environment)
    {
        await using var host = WebFactory.With(environment: environment);
        using var http = host.CreateClient();

        var response = await http.PostAsync("/api/v1/audit?since=yesterday", Body(await ExampleAsync("good-runner.yaml"), "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task OtherContentType_Is415()
    {
        var response = await client.PostAsync("/api/v1/audit", Body("<routine/>", "application/xml"), Cancel);

        // Routing turns these away with the endpoint's accepted types; the handler only sees the ones it accepts.
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task NoContentType_Is415()
    {
        using var content = new ByteArrayContent("running:\n  tue: intervals 60min am\n"u8.ToArray());

        var response = await client.PostAsync("/api/v1/audit", content, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task HevyExportPlusRunningWeek_AsMultipart_AreMerged()
    {
        var hevy = SharedFiles.Path("fixtures/csv/sample_hevy.csv");
        using var form = new MultipartFormDataContent
        {
            { File(await System.IO.File.ReadAllBytesAsync(hevy, Cancel), "text/csv"), "files", "workouts.csv" },
            { File(System.Text.Encoding.UTF8.GetBytes(await ExampleAsync("running-week.yaml")), "application/yaml"), "files", "running-week.yaml" },
        };

        var response = await client.PostAsync("/api/v1/audit?weeks=12", form, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await response.JsonAsync();
        report.GetProperty("source").EnumerateArray().Select(s => s.GetString()).ShouldBe(["workouts.csv", "running-week.yaml"]);
        report.GetProperty("window").GetProperty("weeks").GetInt32().ShouldBe(12);
        report.GetProperty("summary").GetProperty("sessions").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task RoutineAndLogTogether_AsMultipart_Is400NamingTheSecondFile()
    {
        using var form = new MultipartFormDataContent
        {
            { File("sessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n"u8.ToArray(), "application/yaml"), "files", "routine.yaml" },
            { File("sessions:\n  - date: 2026-01-05\n    exercises: [Back Squat 3x5]\n"u8.ToArray(), "application/yaml"), "files", "log.yaml" },
        };

        var response = await client.PostAsync("/api/v1/audit", form, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("file").GetString().ShouldBe("log.yaml");
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=xyz")]
    public async Task BrokenMultipart_Is400(string contentType)
    {
        using var content = new ByteArrayContent("this is not a form"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/api/v1/audit", content, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldStartWith("form: is not valid multipart/form-data");
    }

    [Fact]
    public async Task MultipartWithoutFiles_Is400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        var response = await client.PostAsync("/api/v1/audit", form, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("no files");
    }

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static List<string?> FindingIds(JsonElement report) =>
        [.. report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString())];
}
