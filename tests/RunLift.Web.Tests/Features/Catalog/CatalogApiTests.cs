using System.Net;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Catalog;

public sealed class CatalogApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task WithoutQuery_ListsTheWholeCatalog()
    {
        var response = await client.GetAsync("/api/v1/catalog", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetArrayLength().ShouldBe(RunLift.Catalog.ExerciseCatalog.Default.Exercises.Count);
    }

    [Fact]
    public async Task Search_FindsByAliasInTheCliShape()
    {
        var response = await client.GetAsync("/api/v1/catalog?q=rdl", Cancel);

        var first = (await response.JsonAsync())[0];
        first.GetProperty("id").GetString().ShouldBe("romanian-deadlift");
        first.GetProperty("pattern").GetString().ShouldBe("hinge");
        first.GetProperty("mechanic").GetString().ShouldBe("compound");
        first.TryGetProperty("runnerAccessory", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task SingleLegPattern_IsKebabCase()
    {
        var response = await client.GetAsync("/api/v1/catalog?q=bulgarian%20split%20squat", Cancel);

        (await response.JsonAsync())[0].GetProperty("pattern").GetString().ShouldBe("single-leg");
    }

    [Fact]
    public async Task NoMatch_IsAnEmptyList()
    {
        var response = await client.GetAsync("/api/v1/catalog?q=zzzzqqqq", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetArrayLength().ShouldBe(0);
    }
}
