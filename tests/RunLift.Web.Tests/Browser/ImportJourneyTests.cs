using Microsoft.Playwright;
using RunLift.Testing;

namespace RunLift.Web.Tests.Browser;

/// <summary>A runner imports a Garmin Connect export on the Log page: a preview, what was skipped and why, then the import.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ImportAGarminExport_PreviewSaysWhatIsSkipped_ThenTheRunsAreListed()
    {
        var part = Zips.Of(
            ("20555050352_ACTIVITY.fit", await File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/20555050352_ACTIVITY.fit"), Http.Cancel)),
            ("garmin-fenix-5-run.fit", await File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/garmin-fenix-5-run.fit"), Http.Cancel)),
            ("FullBody_-_Beginner_-_A_workout.fit", await File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/FullBody_-_Beginner_-_A_workout.fit"), Http.Cancel)));
        var export = Zips.Of(
            Zips.Text("DI_CONNECT/DI-Connect-Fitness/ann_0_summarizedActivities.json", "[]"),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part));
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Ann Runner");
        await page.GotoAsync("/log");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var earlier = session.Errors.Count;

        // Through the button, as a person does: the file input is wired up by then.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("import-upload").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "garmin-export.zip", MimeType = "application/zip", Buffer = export });

        var preview = page.GetByTestId("import-preview");
        await Assertions.Expect(preview).ToContainTextAsync("Import preview · garmin-export.zip (zip)", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("import-files")).ToContainTextAsync("2 of 4 files to import, 2 skipped.");
        await Assertions.Expect(preview).ToContainTextAsync("not training files (1)");
        await Assertions.Expect(preview).ToContainTextAsync("FullBody_-_Beginner_-_A_workout.fit: is a FIT workout");
        // Each run says how its kind was decided: these two watch runs, unnamed and steady, are easy by default.
        await Assertions.Expect(preview).ToContainTextAsync("easy run (default: nothing marks it as a workout, a race or a long run)");
        await session.ScreenshotAsync("log-import-preview.png");

        await page.GetByTestId("import-confirm").ClickAsync();

        await Assertions.Expect(preview).ToContainTextAsync("Imported · garmin-export.zip", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("run-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("run-kind-basis").First).ToHaveTextAsync("(default: nothing marks it as a workout, a race or a long run)");
        await Assertions.Expect(page.GetByTestId("session-row").First).ToBeVisibleAsync();
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }

    /// <summary>A Strong export (its comma form) whose lunge variation no catalog holds, and a conditioning warm-up.</summary>
    private const string StrongExport = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2025-03-04 17:36:08,"Legs",45m,"Zercher Lunge Thing",1,40.0,8.0,0,0.0,
        2025-03-04 17:36:08,"Legs",45m,"Zercher Lunge Thing",2,40.0,8.0,0,0.0,
        2025-03-04 17:36:08,"Legs",45m,"Squat (Barbell)",1,100.0,5.0,0,0.0,
        """;

    [Fact]
    public async Task ImportAStrongExport_ANameReadByItsWords_IsReadAsThePickedExerciseFromThenOn()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Ann Runner");
        await page.GotoAsync("/log");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var earlier = session.Errors.Count;
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("import-upload").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "strong.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(StrongExport) });

        var readings = page.GetByTestId("name-readings");
        await Assertions.Expect(readings).ToContainTextAsync("1 of 2 names matched the catalog", new() { Timeout = 30_000 });
        var row = page.GetByTestId("name-reading").Filter(new() { HasText = "Zercher Lunge Thing" });
        await Assertions.Expect(row).ToContainTextAsync("unknown single-leg exercise");
        await Assertions.Expect(row).ToContainTextAsync("its words");

        var picker = page.GetByLabel("Catalog exercise for Zercher Lunge Thing");
        await picker.FillAsync("reverse lunge");
        var option = page.Locator(".mud-popover-open").GetByText("Reverse Lunge", new() { Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        await Assertions.Expect(picker).ToHaveValueAsync("Reverse Lunge");
        await row.GetByRole(AriaRole.Button, new() { Name = "Read Zercher Lunge Thing as the chosen exercise" }).ClickAsync();

        await Assertions.Expect(readings.GetByRole(AriaRole.Status)).ToContainTextAsync("Zercher Lunge Thing is read as Reverse Lunge from now on.");
        await Assertions.Expect(readings).ToContainTextAsync("2 of 2 names matched the catalog", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("name-reading")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("log-import-names.png");
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }
}
