using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A saved plan's calendar, on a phone and on a desktop: a session's chip opens its details in a dialog on screen, focus
/// moves into it, and Escape or Close shuts it and gives focus back to the chip, by keyboard as by mouse.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class PlanSessionDialogTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844, "phone")]
    [InlineData(1280, 800, "desktop")]
    public async Task ASessionChip_OpensItsDetailsInADialog_AndFocusComesBackToIt(int width, int height, string device)
    {
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Dana Dialog");
        await AccessibilitySeed.AthleteAsync(page.APIRequest);
        await page.GotoAsync("/plan");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var earlier = session.Errors.Count;
        await page.GetByTestId("saved-plans").GetByText("Road to the Harbour Half").ClickAsync();
        await page.GetByTestId("plan-title").WaitForAsync();

        // By keyboard: the chip is a button; Enter opens the dialog and focus is inside it.
        var chip = page.Locator("[data-testid=session]:visible").Nth(2);
        var name = (await chip.InnerTextAsync()).Trim();
        await chip.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync(name);
        await Assertions.Expect(dialog.GetByTestId("exercise").First).ToBeVisibleAsync();
        await Assertions.Expect(chip).ToHaveAttributeAsync("aria-expanded", "true");
        (await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[role=dialog]')")).ShouldBeTrue("focus moved into the dialog");

        // Drawn on screen, whole, wherever the chip is: not below the calendar.
        var box = (await dialog.BoundingBoxAsync())!;
        box.Y.ShouldBeGreaterThanOrEqualTo(0);
        (box.Y + box.Height).ShouldBeLessThanOrEqualTo(height);
        box.X.ShouldBeGreaterThanOrEqualTo(0);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(width);
        await Axe.AssertNoSeriousViolationsAsync(page, $"the plan's session dialog ({device})");
        await session.ScreenshotAsync($"plan-session-{device}.png");

        // Tab, quick as a keyboard user, stays on the dialog's controls: never behind it, never on nothing.
        var focused = new List<string>();
        for (var press = 0; press < 12; press++)
        {
            await page.Keyboard.PressAsync(press % 4 == 3 ? "Shift+Tab" : "Tab");
            focused.Add(await page.EvaluateAsync<string>(FocusedControl));
        }

        focused.ShouldAllBe(f => f.StartsWith("in dialog: ", StringComparison.Ordinal), string.Join(" | ", focused));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(chip).ToBeFocusedAsync();
        await Assertions.Expect(chip).ToHaveAttributeAsync("aria-expanded", "false");

        // By mouse: Close shuts it, and focus is back on the chip all the same.
        await chip.ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId("session-detail-close").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(chip).ToBeFocusedAsync();
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }

    // Where focus is: on a control of the open dialog (a link, a button, a field), or somewhere else.
    private const string FocusedControl = """
        () => {
            const e = document.activeElement;
            const what = e ? `${e.tagName.toLowerCase()}.${e.className}` : "nothing";
            const control = e && e.matches("a[href], button, input, select, textarea, [role=button], [role=link]");
            return (control && e.closest("[role=dialog]") ? "in dialog: " : "elsewhere: ") + what;
        }
        """;
}
