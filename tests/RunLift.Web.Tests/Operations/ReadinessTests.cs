using System.Net;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

public sealed class ReadinessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ready_DatabaseAnswers_Is200(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);

        var response = await factory.CreateClient().GetAsync("/health/ready", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_DatabaseGone_Is503ButLiveStays200()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var factory = WebFactory.With(database.Configuration);
        var client = factory.CreateClient();
        (await client.GetAsync("/health/ready", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await database.DisposeAsync();

        (await client.GetAsync("/health/ready", Cancel)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
