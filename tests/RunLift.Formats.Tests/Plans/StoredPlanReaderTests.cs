using CsCheck;
using RunLift.Catalog;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>A stored plan reads back as the plan that was stored: written again, it is the same JSON, Markdown and calendar.</summary>
public sealed class StoredPlanReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [MemberData(nameof(PlanJsonReaderTests.Examples), MemberType = typeof(PlanJsonReaderTests))]
    public void APlannersPlan_ReadsBackAsThePlanStored(string example, MassUnit units)
    {
        var request = PlanRequestReader.Read(RepositoryFiles.PathOf(Path.Combine("examples", example)), Today) with { Units = units };

        ShouldReadBack(new Planner(ExerciseCatalog.Default).Plan(request));
    }

    [Fact]
    public void GeneratedRequests_PlansReadBack() =>
        PlanRequestGenerator.Request.Sample(request => ShouldReadBack(new Planner(ExerciseCatalog.Default).Plan(request)), iter: 30);

    [Fact]
    public void ANameTheCatalogNoLongerHas_SaysWhich()
    {
        var plan = new Planner(ExerciseCatalog.Default).Plan(new PlanRequest { Start = Today, Weeks = 1 });
        var id = plan.Sessions[0].Exercises[0].Exercise.Id;
        var json = PlanJsonWriter.ToJson(plan).Replace($"\"{id}\"", "\"gone-lift\"", StringComparison.Ordinal);

        Should.Throw<InputException>(() => StoredPlanReader.Read(json, plan.Request, ExerciseCatalog.Default))
            .Message.ShouldContain("'gone-lift', which the exercise catalog no longer has");
    }

    private static void ShouldReadBack(TrainingPlan plan)
    {
        var json = PlanJsonWriter.ToJson(plan);

        var read = StoredPlanReader.Read(json, plan.Request, ExerciseCatalog.Default);

        PlanJsonWriter.ToJson(read).ShouldBe(json);
        PlanMarkdownWriter.ToMarkdown(read).ShouldBe(PlanMarkdownWriter.ToMarkdown(plan));
        read.SelfCheck.Findings.Select(f => f.Message).ShouldBe(plan.SelfCheck.Findings.Select(f => f.Message));
    }
}
