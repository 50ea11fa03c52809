using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Testing;

namespace RunLift.Web.Tests.Browser;

/// <summary>An anonymous visitor checks a routine on the "Check my training" page.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CheckPageJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_ChecksTheBodybuilderExample_AndSeesTheBodyPartSplitWithItsFix()
    {
        var expected = ExpectedFinding("bodybuilder-split.yaml", "RL105");
        await using var session = await browser.OpenAsync("/check");
        var page = session.Page;

        await LoadExampleAndCheckAsync(page, "bodybuilder-split.yaml");

        var finding = page.GetByTestId("finding-RL105");
        await finding.WaitForAsync();
        var text = await finding.InnerTextAsync();
        text.ShouldContain("body-part-split");
        text.ShouldContain(expected.Message);
        text.ShouldContain("Fix: " + expected.Fix);
        text.ShouldContain("Chest day");
        (await page.GetByTestId("verdict").InnerTextAsync()).ShouldContain("Needs work");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Mistake 1: lifting like a bodybuilder" }).CountAsync()).ShouldBe(1);
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Visitor_PastesAMalformedRoutine_AndSeesWhereAndWhy()
    {
        const string routine = "sessions:\n  - name: Strength A\n    day: tue\n    exercises:\n      - Back Squat 4x5 @\n";
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("routine", new MemoryStream(Encoding.UTF8.GetBytes(routine))));
        await using var session = await browser.OpenAsync("/check");
        var page = session.Page;

        await page.Locator("#routine-text").FillAsync(routine);
        await Assertions.Expect(page.GetByTestId("check")).ToBeEnabledAsync();
        await page.GetByTestId("check").ClickAsync();

        var alert = page.GetByTestId("input-error");
        await alert.WaitForAsync();
        var text = await alert.InnerTextAsync();
        text.ShouldContain(error.Message);
        text.ShouldContain($"Line {error.Line}, column {error.Column}");
        text.ShouldNotContain(" at RunLift.");
        (await page.GetByTestId("report").CountAsync()).ShouldBe(0);
        session.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("check-desktop.png", 1280, 800)]
    [InlineData("check-phone.png", 390, 844)]
    public async Task CheckPage_ShowsFindings_OnDesktopAndPhone(string screenshot, int width, int height)
    {
        await using var session = await browser.OpenAsync("/check", width, height);
        var page = session.Page;

        await LoadExampleAndCheckAsync(page, "bodybuilder-split.yaml");
        var summary = page.GetByTestId("summary");
        await summary.WaitForAsync();

        // Nothing overflows sideways on a phone: the page is as wide as the viewport.
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        // The page brings the result into view by itself; the summary's top edge is below the app bar.
        await Assertions.Expect(page.GetByTestId("summary")).ToBeInViewportAsync();
        await session.ScreenshotAsync(screenshot);
        session.Errors.ShouldBeEmpty();
    }

    internal static async Task LoadExampleAndCheckAsync(IPage page, string example)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Try an example" }).ClickAsync();
        await page.GetByText(example, new() { Exact = true }).ClickAsync();
        // The example arrives with the server's next render: wait for it (Expect retries) before checking.
        await Assertions.Expect(page.Locator("#routine-text")).ToHaveValueAsync(new Regex("sessions:"));
        await page.GetByTestId("check").ClickAsync();
    }

    private static Finding ExpectedFinding(string example, string rule)
    {
        var document = TrainingFiles.Read(RepositoryFiles.PathOf("examples/" + example));
        return new Auditor(ExerciseCatalog.Default).Audit(document).Findings.Single(f => f.Rule.Id == rule);
    }
}
