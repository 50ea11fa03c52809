using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// Every page, on a phone and on a desktop, anonymous and signed in, with data on them: no serious or critical axe-core
/// violation, a main landmark, a title of its own and Tab from the app bar to the menu to the content
/// (<see cref="PageChecks"/>). The states a page shows only after a click (a check's report, the log's session editor
/// and import preview, the plan's calendar and a session's details) are checked in that state too.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    /// <summary>A Strong export with a name no catalog holds: the preview asks which exercise it is.</summary>
    private const string StrongExport = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2025-03-04 17:36:08,"Legs",45m,"Zercher Lunge Thing",1,40.0,8.0,0,0.0,
        2025-03-04 17:36:08,"Legs",45m,"Squat (Barbell)",1,100.0,5.0,0,0.0,
        """;

    public static TheoryData<int, int, string> Viewports => new()
    {
        { 390, 844, "phone" },
        { 1280, 800, "desktop" },
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task AnonymousPages_AreAccessible(int width, int height, string device)
    {
        var checks = new PageChecks(device);
        var menu = device == "desktop";
        await using var session = await browser.OpenAsync("/", width, height);
        var page = session.Page;
        await checks.CheckAsync(page, "home", "RunLift · strength training for runners", menu);

        await OpenAsync(page, "/check");
        await checks.CheckAsync(page, "check", "Check my training · RunLift", menu);
        await page.GetByRole(AriaRole.Button, new() { Name = "Try an example" }).ClickAsync();
        await page.GetByText("bodybuilder-split.yaml", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#routine-text")).ToHaveValueAsync(new Regex("sessions:"));
        await page.GetByTestId("check").ClickAsync();
        await page.GetByTestId("summary").WaitForAsync();
        await checks.CheckAsync(page, "check report", "Check my training · RunLift", menu);

        await page.GotoAsync("/account/login");
        await checks.CheckAsync(page, "sign-in", "Sign in · RunLift", menu);
        await page.GotoAsync("/account/register");
        await checks.CheckAsync(page, "register", "Create an account · RunLift", menu);
        await page.GotoAsync("/account/forgot-password");
        await checks.CheckAsync(page, "forgot password", "Forgot your password · RunLift", menu);
        await page.Locator("#email").FillAsync("nobody@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await page.GetByTestId("reset-link-sent").WaitForAsync();
        await checks.CheckAsync(page, "forgot password, link sent", "Forgot your password · RunLift", menu);
        await page.GotoAsync("/account/reset-password?email=nobody%40example.com&code=AAAA");
        await page.Locator("#password").FillAsync("a new and longer phrase");
        await page.Locator("#confirm-password").FillAsync("a new and longer phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the new password" }).ClickAsync();
        await page.GetByTestId("reset-error").WaitForAsync();
        await checks.CheckAsync(page, "reset password, bad link", "Choose a new password · RunLift", menu);
        session.Errors.ShouldBeEmpty();

        // The browser reports the not-found page's status as an error of its own: no errors are counted past here.
        await OpenAsync(page, "/no-such-page");
        await checks.CheckAsync(page, "not found", "Not found · RunLift", menu);

        checks.AssertNone();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task AthletePages_AreAccessible(int width, int height, string device)
    {
        var checks = new PageChecks(device);
        var menu = device == "desktop";
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Alex Access");
        await AccessibilitySeed.AthleteAsync(page.APIRequest);

        foreach (var (path, name, title) in new[]
        {
            ("/dashboard", "dashboard", "Dashboard · RunLift"),
            ("/calendar", "calendar", "Calendar · RunLift"),
            ("/progress", "progress", "Progress · RunLift"),
            ("/profile", "profile", "Profile · RunLift"),
        })
        {
            await OpenAsync(page, path);
            await checks.CheckAsync(page, name, title, menu);
        }

        await page.GotoAsync("/settings");
        await checks.CheckAsync(page, "settings", "Settings · RunLift", menu);

        // Today has a planned session: the log opens with it in the editor, above the weeks' sessions and runs.
        await OpenAsync(page, "/log");
        await Assertions.Expect(page.GetByTestId("session-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("session-editor")).ToBeVisibleAsync();
        await checks.CheckAsync(page, "log with its session editor", "Training log · RunLift", menu);

        await page.GetByTestId("session-editor").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("import-upload").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "strong.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(StrongExport) });
        await Assertions.Expect(page.GetByTestId("name-readings")).ToContainTextAsync("names matched the catalog", new() { Timeout = 30_000 });
        await checks.CheckAsync(page, "log's import preview", "Training log · RunLift", menu);

        await OpenAsync(page, "/plan");
        await checks.CheckAsync(page, "plan wizard", "Plan · RunLift", menu);
        for (var step = 0; step < 4; step++)
        {
            await page.GetByTestId("next").ClickAsync();
        }

        await page.GetByTestId("make-plan").ClickAsync();
        await page.GetByTestId("plan-title").WaitForAsync();
        await checks.CheckAsync(page, "plan calendar", "Plan · RunLift", menu);
        await page.Locator("[data-testid=session]:visible").First.ClickAsync();
        await page.GetByTestId("session-detail").WaitForAsync();
        await checks.CheckAsync(page, "plan calendar's session details", "Plan · RunLift", menu);

        checks.AssertNone();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task CoachPages_AreAccessible(int width, int height, string device)
    {
        var checks = new PageChecks(device);
        var menu = device == "desktop";
        await using var athlete = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var athleteEmail = await athlete.RegisterAsync("Ari Athlete");
        await browser.ConfirmEmailAsync(athlete, athleteEmail);
        await AccessibilitySeed.AthleteAsync(athlete.Page.APIRequest);
        await using var coach = await browser.OpenAsync("/account/register", width, height, interactive: false);
        await coach.RegisterAsync("Cory Coach");
        var athleteId = await AccessibilitySeed.CoachingAsync(coach.Page.APIRequest, athlete.Page.APIRequest, athleteEmail);

        await OpenAsync(athlete.Page, "/coach");
        await checks.CheckAsync(athlete.Page, "coach (the athlete's side)", "Coach · RunLift", menu);
        await OpenAsync(coach.Page, "/coach");
        await Assertions.Expect(coach.Page.GetByTestId("athlete-name")).ToHaveTextAsync(["Ari Athlete"]);
        await checks.CheckAsync(coach.Page, "coach", "Coach · RunLift", menu);
        await OpenAsync(coach.Page, $"/coach/athletes/{athleteId}");
        await Assertions.Expect(coach.Page.GetByRole(AriaRole.Heading, new() { Name = "Ari Athlete" })).ToBeVisibleAsync();
        await checks.CheckAsync(coach.Page, "coach's athlete", "Ari Athlete · Coach · RunLift", menu);

        checks.AssertNone();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
