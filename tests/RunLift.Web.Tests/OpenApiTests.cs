using System.Net;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests;

public sealed class OpenApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

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
            "GET /api/v1/catalog Catalog",
            "GET /api/v1/coach/athletes ListAthletes",
            "GET /api/v1/coach/athletes/{athleteId} GetAthlete",
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
            "GET /api/v1/saved-plans/{id}/garmin GetSavedPlanGarminWorkouts",
            "GET /api/v1/saved-plans/{id}/garmin/{file} GetSavedPlanGarminWorkout",
            "GET /api/v1/saved-plans/{id}/request GetSavedPlanRequest",
            "GET /api/v1/sessions ListSessions",
            "GET /api/v1/sessions/{id} GetSession",
            "POST /api/v1/account/forgotPassword AccountForgotPassword",
            "POST /api/v1/account/login AccountLogin", "POST /api/v1/account/logout AccountLogout",
            "POST /api/v1/account/manage/2fa AccountManage2fa",
            "POST /api/v1/account/manage/info AccountManageInfo",
            "POST /api/v1/account/refresh AccountRefresh",
            "POST /api/v1/account/register AccountRegister",
            "POST /api/v1/account/resendConfirmationEmail AccountResendConfirmationEmail",
            "POST /api/v1/account/resetPassword AccountResetPassword",
            "POST /api/v1/audit Audit",
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
            "PUT /api/v1/exercise-names ChooseExerciseName",
            "PUT /api/v1/profile PutProfile",
            "PUT /api/v1/races/{id} UpdateRace",
            "PUT /api/v1/runs/{id} UpdateRun",
            "PUT /api/v1/sessions/{id} UpdateSession",
        ]);
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
        import.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "201", "400", "409", "413", "415"], ignoreOrder: true);
    }
}
