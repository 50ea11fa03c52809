using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

public sealed class PlanPageTests
{
    [Theory]
    [InlineData("/profile")]
    [InlineData("/plan")]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        location.AbsolutePath.ShouldBe("/account/login");
        location.Query.ShouldContain(Uri.EscapeDataString(path));
    }
}
