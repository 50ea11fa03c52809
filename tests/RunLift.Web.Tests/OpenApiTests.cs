using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RunLift.Testing;
using RunLift.Web.Tests.OpenApi;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests;

public sealed class OpenApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    // As a client of a deployment reads the document: it names the address it was read from as its server.
    private readonly HttpClient deployed = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://runlift.test") });

    [Fact]
    public async Task Document_ListsTheEndpoints()
    {
        var response = await client.GetAsync("/openapi/v1.json", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.JsonAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name} {op.Value.GetProperty("operationId").GetString()}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        // A snapshot: a change here is a change to the API that scripts depend on.
        operations.ShouldBe([
            "DELETE /api/v1/account DeleteMyAccount",
            "DELETE /api/v1/calendar-feed RevokeCalendarFeed",
            "DELETE /api/v1/coach/athletes/{athleteId} EndCoaching",
            "DELETE /api/v1/coach/invitations/{linkId} WithdrawInvitation",
            "DELETE /api/v1/coaches/{linkId} RevokeCoach",
            "DELETE /api/v1/cross-training/{id} DeleteCrossTraining",
            "DELETE /api/v1/exercise-names ForgetExerciseName",
            "DELETE /api/v1/races/{id} DeleteRace",
            "DELETE /api/v1/runs/{id} DeleteRun",
            "DELETE /api/v1/saved-plans/{id} DeleteSavedPlan",
            "DELETE /api/v1/sessions/{id} DeleteSession",
            "GET /api/v1/account/confirmEmail AccountConfirmEmail",
            "GET /api/v1/account/manage/info AccountManageInfoGet",
            "GET /api/v1/calendar GetCalendar",
            "GET /api/v1/calendar-feed GetCalendarFeed",
            "GET /api/v1/calendar-feed/{secret}.ics GetCalendarFeedIcs",
            "GET /api/v1/catalog Catalog",
            "GET /api/v1/coach/athletes ListAthletes",
            "GET /api/v1/coach/athletes/{athleteId} GetAthlete",
            "GET /api/v1/coach/athletes/{athleteId}/calendar GetAthleteCalendar",
            "GET /api/v1/coach/athletes/{athleteId}/sessions/{id}/comments ListAthleteSessionComments",
            "GET /api/v1/coach/athletes/{athleteId}/sessions/{id}/comments/{commentId} GetAthleteSessionComment",
            "GET /api/v1/coach/invitations ListSentInvitations",
            "GET /api/v1/coaches ListCoaches",
            "GET /api/v1/cross-training ListCrossTraining",
            "GET /api/v1/dashboard GetDashboard",
            "GET /api/v1/exercise-names ListExerciseNames",
            "GET /api/v1/export ExportMyData",
            "GET /api/v1/imports ListImports",
            "GET /api/v1/imports/{id} GetImport",
            "GET /api/v1/plan-request/from-log GetPlanRequestFromLog",
            "GET /api/v1/profile GetProfile",
            "GET /api/v1/progress GetProgress",
            "GET /api/v1/races ListRaces",
            "GET /api/v1/runs ListRuns",
            "GET /api/v1/runs/{id} GetRun",
            "GET /api/v1/saved-plans ListSavedPlans",
            "GET /api/v1/saved-plans/{id} GetSavedPlan",
            "GET /api/v1/saved-plans/{id}/compliance GetSavedPlanCompliance",
            "GET /api/v1/saved-plans/{id}/garmin GetSavedPlanGarminWorkouts",
            "GET /api/v1/saved-plans/{id}/garmin/{file} GetSavedPlanGarminWorkout",
            "GET /api/v1/saved-plans/{id}/next GetSavedPlanNextSession",
            "GET /api/v1/saved-plans/{id}/request GetSavedPlanRequest",
            "GET /api/v1/sessions ListSessions",
            "GET /api/v1/sessions/months ListSessionMonths",
            "GET /api/v1/sessions/{id} GetSession",
            "GET /api/v1/sessions/{id}/comments ListSessionComments",
            "GET /api/v1/sessions/{id}/comments/{commentId} GetSessionComment",
            "POST /api/v1/account/forgotPassword AccountForgotPassword",
            "POST /api/v1/account/login AccountLogin", "POST /api/v1/account/logout AccountLogout",
            "POST /api/v1/account/manage/2fa AccountManage2fa",
            "POST /api/v1/account/manage/info AccountManageInfo",
            "POST /api/v1/account/refresh AccountRefresh",
            "POST /api/v1/account/register AccountRegister",
            "POST /api/v1/account/resendConfirmationEmail AccountResendConfirmationEmail",
            "POST /api/v1/account/resetPassword AccountResetPassword",
            "POST /api/v1/audit Audit",
            "POST /api/v1/calendar-feed CreateCalendarFeed",
            "POST /api/v1/coach/athletes/{athleteId}/sessions/{id}/comments AddAthleteSessionComment",
            "POST /api/v1/coach/invitations InviteAthlete",
            "POST /api/v1/coaches/{linkId}/accept AcceptCoach",
            "POST /api/v1/coaches/{linkId}/decline DeclineCoach",
            "POST /api/v1/imports CreateImport",
            "POST /api/v1/plans CreatePlan",
            "POST /api/v1/races AddRace",
            "POST /api/v1/runs CreateRun",
            "POST /api/v1/saved-plans SavePlan",
            "POST /api/v1/saved-plans/{id}/regenerate RegenerateSavedPlan",
            "POST /api/v1/sessions CreateSession",
            "POST /api/v1/sessions/{id}/comments AddSessionComment",
            "PUT /api/v1/exercise-names ChooseExerciseName",
            "PUT /api/v1/profile PutProfile",
            "PUT /api/v1/races/{id} UpdateRace",
            "PUT /api/v1/runs/{id} UpdateRun",
            "PUT /api/v1/sessions/{id} UpdateSession",
            "PUT /api/v1/sessions/{id}/check-in CheckInSession",
        ]);
    }

    [Fact]
    public async Task Document_MatchesTheApprovedSnapshot()
    {
        var served = await deployed.GetStringAsync("/openapi/v1.json", Cancel);

        // The whole contract, committed: a change to any operation, schema or response is a visible diff.
        Snapshots.Match("tests/RunLift.Web.Tests/OpenApi/v1.json", served);
    }

    [Fact]
    public async Task Document_IsCleanUnderRedoclysRecommendedRules()
    {
        var served = await deployed.GetStringAsync("/openapi/v1.json", Cancel);
        var file = Path.Combine(Path.GetTempPath(), $"runlift-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, served, Cancel);
        try
        {
            var problems = Redocly.Lint(file);

            // No errors and no warnings, but for the licence: RunLift has no LICENSE yet, so the document names none.
            problems.Where(p => p.Severity == "error").ShouldBeEmpty(string.Join("\n", problems));
            problems.Where(p => p.RuleId != "info-license").ShouldBeEmpty(string.Join("\n", problems));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Security_IsRequiredExactlyWhereTheEndpointRequiresAnAccount()
    {
        var document = await (await client.GetAsync("/openapi/v1.json", Cancel)).JsonAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();

        // What anyone may use (as EndpointAccessTests checks against the running app): security [] says so.
        operations.Where(o => o.Operation.GetProperty("security").GetArrayLength() == 0).Select(o => o.Name).ShouldBe(
            ["POST /api/v1/audit", "POST /api/v1/plans", "GET /api/v1/catalog", "GET /api/v1/calendar-feed/{secret}.ics", "POST /api/v1/account/register", "POST /api/v1/account/login",
             "POST /api/v1/account/refresh", "GET /api/v1/account/confirmEmail", "POST /api/v1/account/resendConfirmationEmail",
             "POST /api/v1/account/forgotPassword", "POST /api/v1/account/resetPassword"],
            ignoreOrder: true);
        foreach (var (name, operation) in operations.Where(o => o.Operation.GetProperty("security").GetArrayLength() > 0))
        {
            operation.GetProperty("security").EnumerateArray().Select(r => string.Join(",", r.EnumerateObject().Select(s => s.Name)))
                .ShouldBe(["bearer", "cookie"], name + ": either scheme will do");
            operation.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue(name + " answers 401 without one");
        }

        document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ShouldBe(["bearer", "cookie"]);
    }

    [Fact]
    public async Task Audit_DocumentsItsQueryAndBodies()
    {
        var document = await (await client.GetAsync("/openapi/v1.json", Cancel)).JsonAsync();
        var audit = document.GetProperty("paths").GetProperty("/api/v1/audit").GetProperty("post");

        audit.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["weeks", "since", "failOn"]);
        audit.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ShouldContain("multipart/form-data");
        audit.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "413", "415", "429"], ignoreOrder: true);
    }

    [Fact]
    public async Task Imports_AcceptEveryFormat()
    {
        var document = await (await client.GetAsync("/openapi/v1.json", Cancel)).JsonAsync();
        var import = document.GetProperty("paths").GetProperty("/api/v1/imports").GetProperty("post");

        import.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ShouldBe(
            ["text/csv", "application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain", "application/gpx+xml",
             "application/vnd.garmin.tcx+xml", "application/vnd.ant.fit", "application/zip", "application/x-zip-compressed",
             "application/octet-stream", "multipart/form-data"],
            ignoreOrder: true);
        import.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "201", "400", "401", "409", "413", "415", "429"], ignoreOrder: true);
    }
}
