using System.Text;
using System.Text.Json;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats.Reports;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Reports;

/// <summary>read(write(report)) is the document the writer wrote, and the reports stored before the reader still read.</summary>
public sealed class JsonReportReadTests
{
    private static readonly Auditor Auditor = new(ExerciseCatalog.Default);
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("fixtures/csv/sample_hevy.csv")]
    [InlineData("fixtures/csv/sample_strong.csv")]
    [InlineData("fixtures/csv/sample_hevy.csv", "examples/running-week.yaml")]
    [InlineData("fixtures/csv/sample_hevy.csv", "fixtures/tcx-gpx/test.tcx", "fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx")]
    [InlineData("fixtures/fit/20555050352_ACTIVITY.fit")]
    [InlineData("examples/bodybuilder-split.yaml")]
    [InlineData("examples/high-rep-circuit.yaml")]
    [InlineData("examples/unstable-surfaces.yaml")]
    [InlineData("examples/good-runner.yaml")]
    public void ARealAudit_ReadsBackAsTheDocumentWritten(params string[] files)
    {
        var document = TrainingFiles.ReadAll(files.Select(f => f.StartsWith("examples/", StringComparison.Ordinal) ? RepositoryFiles.PathOf(f) : SharedFiles.Path(f)));

        foreach (var weeks in new[] { 2, AuditOptions.DefaultWeeks, 520 })
        {
            ShouldReadBack(Auditor.Audit(document, new AuditOptions { Weeks = weeks, Today = Today }));
        }
    }

    [Fact]
    public void AnAuditOfRunsWhoseKindWasDecided_ReadsBackWithTheirBasis()
    {
        var strava = StravaExport.ActivitiesCsv(StravaExport.Synthetic(400));
        var document = TrainingFiles.Read("activities.csv", new MemoryStream(Encoding.UTF8.GetBytes(strava)));
        var hevy = TrainingFiles.Read(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));
        var race = new Run(RunKind.Race)
        {
            Date = hevy.Sessions[^1].Date!.Value.AddDays(2),
            Basis = new RunKindBasis(RunKindSource.Name, "'parkrun' in the name"),
        };

        ShouldReadBack(Auditor.Audit(document, new AuditOptions { Weeks = 52, Today = Today }));
        var read = ShouldReadBack(Auditor.Audit(hevy with { Runs = [race] }, new AuditOptions { Today = Today }));

        read.Findings.SelectMany(f => f.Evidence).Select(e => e.Run).OfType<ReportJsonRun>()
            .ShouldContain(new ReportJsonRun { Date = race.Date, Kind = "race", Basis = "name", Reason = "'parkrun' in the name" });
    }

    [Fact]
    public void ThePlannersSelfCheck_ReadsBack() =>
        ShouldReadBack(new Planning.Planner(ExerciseCatalog.Default).Plan(new Planning.PlanRequest { Start = Today }).SelfCheck);

    [Fact]
    public void OptionalFieldsAbsent_ReadBackAbsent()
    {
        var routine = ShouldReadBack(Auditor.Audit(TrainingFiles.Read(RepositoryFiles.PathOf("examples/bodybuilder-split.yaml")), new AuditOptions { Today = Today }));
        var empty = ShouldReadBack(new AuditReport([], null, new AuditSummary(0, 0, 0, 0, 0), []));

        routine.Window.ShouldBeNull();
        routine.Findings.ShouldAllBe(f => f.Weeks == null);
        routine.Findings.SelectMany(f => f.Evidence).ShouldAllBe(e => e.Date == null && (e.Run == null || e.Run.Date == null));
        routine.Findings.SelectMany(f => f.Evidence).ShouldContain(e => e.Day == "mon" && e.Exercise == null && e.Sets == null && e.Run == null);
        routine.Findings.SelectMany(f => f.Evidence).ShouldContain(e => e.Run != null && e.Run.Day == "thu" && e.Run.Basis == null && e.Run.Reason == null);
        empty.Source.ShouldBeEmpty();
        empty.Findings.ShouldBeEmpty();
        empty.Exercises.ShouldBeEmpty();
    }

    [Fact]
    public void ANameNotRead_ReadsBackWithoutIdOrPattern()
    {
        var log = Read.Text("sessions:\n  - name: A\n    date: 2026-11-02\n    exercises:\n      - Qwzx Blorp 3x5 @ 50 kg\n");

        var read = ShouldReadBack(Auditor.Audit(log, new AuditOptions { Today = Today }));

        read.Exercises.ShouldHaveSingleItem().ShouldBe(new ReportJsonExercise { Name = "Qwzx Blorp", Id = null, Pattern = null, ResolvedBy = "unknown", Sets = 3 });
    }

    [Fact]
    public void AReportStoredBeforeTheReader_Reads_AndWritesBackTheSameText()
    {
        // Written by the writer as it was before it wrote through ReportJsonDocument: the shape stored audits have.
        var stored = Stored("log.json");

        var read = JsonReport.Read(stored);

        read.Source.ShouldBe(["sample_hevy.csv"]);
        read.Window.ShouldBe(new ReportJsonWindow { From = new DateOnly(2025, 9, 8), To = new DateOnly(2025, 9, 21), Weeks = 2 });
        read.Summary.ShouldBe(new ReportJsonSummary { Errors = 6, Warnings = 2, Infos = 1, Sessions = 6, WorkingSets = 99, Runs = 2, KeyRuns = 2 });
        var first = read.Findings[0];
        (first.Id, first.Name, first.Severity, first.Mistake, first.Weeks).ShouldBe(("RL101", "lifting-frequency", "error", "bodybuilder", 1));
        first.Evidence[0].ShouldBe(new ReportJsonEvidence { Session = "Lower // Ramp // Strength // 1", Date = new DateOnly(2025, 9, 8), Detail = "88 min" });
        first.Fix.ShouldStartWith("Lift 2–3 times a week");
        first.Reference.ShouldStartWith("2–3 sessions a week");
        read.Findings.SelectMany(f => f.Evidence).Select(e => e.Run).OfType<ReportJsonRun>()
            .ShouldContain(new ReportJsonRun { Date = new DateOnly(2025, 9, 14), Kind = "race", Basis = "name", Reason = "'parkrun' in the name" });
        read.Exercises.ShouldNotBeEmpty();
        read.Verdict.ShouldBeNull();
        Rewritten(read).ShouldBe(stored);
    }

    [Fact]
    public void ARoutinesReportStoredBeforeTheReader_Reads_AndWritesBackTheSameText()
    {
        var stored = Stored("routine.json");

        var read = JsonReport.Read(stored);

        read.Window.ShouldBeNull();
        read.Findings.ShouldContain(f => f.Id == "RL105" && f.Evidence[0].Day == "mon" && f.Weeks == null);
        read.Findings.Single(f => f.Id == "RL103").Swaps.ShouldNotBeEmpty();
        read.Findings.SelectMany(f => f.Evidence).Select(e => e.Run).OfType<ReportJsonRun>()
            .ShouldContain(new ReportJsonRun { Day = "thu", Kind = "tempo" });
        Rewritten(read).ShouldBe(stored);
    }

    [Fact]
    public void AWatchsReportStoredBeforeTheReader_Reads_AndWritesBackTheSameText()
    {
        var stored = Stored("watch.json");

        var read = JsonReport.Read(stored);

        read.Exercises.ShouldContain(new ReportJsonExercise { Name = "Garmin exercise", Id = null, Pattern = null, ResolvedBy = "unknown", Sets = 6 });
        read.Exercises.ShouldContain(new ReportJsonExercise { Name = "Garmin squat", Id = null, Pattern = "squat", ResolvedBy = "keyword", Sets = 2 });
        read.Findings.ShouldAllBe(f => f.Severity == "info" && f.Swaps.Count == 0);
        Rewritten(read).ShouldBe(stored);
    }

    [Fact]
    public void AReportFromBeforeRunsAndCrossTrainingWereCounted_Reads()
    {
        // Reports once lacked summary.runs, keyRuns, crossTraining, crossTrainingMinutes and evidence.run.
        var read = JsonReport.Read(Stored("log-before-runs.json"));

        read.Summary.ShouldBe(new ReportJsonSummary { Errors = 6, Warnings = 2, Infos = 1, Sessions = 6, WorkingSets = 99 });
        read.Findings.SelectMany(f => f.Evidence).ShouldAllBe(e => e.Run == null);
        read.Findings.Select(f => f.Id).ShouldBe(JsonReport.Read(Stored("log.json")).Findings.Select(f => f.Id));
    }

    [Fact]
    public void APartOfAReport_Reads_WhatItLacksEmpty()
    {
        var read = JsonReport.Read("""{ "summary": { "errors": 1 }, "findings": [{ "id": "RL204", "severity": "info", "message": "No jumps." }] }""");

        read.Source.ShouldBeEmpty();
        read.Window.ShouldBeNull();
        read.Summary.ShouldBe(new ReportJsonSummary { Errors = 1 });
        read.Findings.ShouldHaveSingleItem().ShouldBe(read.Findings[0] with { Id = "RL204", Name = "", Severity = "info", Mistake = "", Message = "No jumps.", Fix = "", Reference = "" });
        read.Findings[0].Evidence.ShouldBeEmpty();
        JsonReport.Read("{}").Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("""{ "findings": [{ "id": null }] }""")]
    [InlineData("""{ "findings": { "id": "RL101" } }""")]
    [InlineData("""{ "summary": { "errors": "many" } }""")]
    [InlineData("""{ "window": { "from": "monday" } }""")]
    [InlineData("""{ "findings": [{ "evidence": [{ "date": 20260317 }] }] }""")]
    public void NotAReport_IsRefused(string json) => Should.Throw<JsonException>(() => JsonReport.Read(json));

    private static ReportJsonDocument ShouldReadBack(AuditReport report)
    {
        var read = JsonReport.Read(JsonReport.ToJson(report));

        read.ShouldBeSameValuesAs(JsonReport.Document(report));
        return read;
    }

    private static string Stored(string name) => File.ReadAllText(RepositoryFiles.PathOf($"tests/RunLift.Formats.Tests/Reports/Stored/{name}"));

    private static string Rewritten(ReportJsonDocument read) => JsonSerializer.Serialize(read, DocumentJson.Context.ReportJsonDocument) + "\n";
}
