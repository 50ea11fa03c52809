using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// What every page owes a keyboard and screen-reader user, checked on one page at a time and gathered, so that one run
/// lists every page's problems: no serious or critical axe-core violation, one <c>main</c> landmark, its own title
/// (never the bare "RunLift", never another page's), and Tab going from the app bar to the menu to the content.
/// </summary>
internal sealed class PageChecks(string viewport)
{
    private readonly List<string> problems = [];
    private readonly Dictionary<string, string> titles = [];

    /// <summary>The regions Tab goes through, in the order it must: the app bar, the menu (when shown), the page.</summary>
    private static readonly string[] Regions = ["app bar", "menu", "content"];

    /// <summary>
    /// Checks <paramref name="page"/> as it is now, called <paramref name="name"/> in the problems, whose title must be
    /// <paramref name="title"/>; <paramref name="menuShown"/> says whether the menu is open beside the page (Tab goes
    /// through it) or closed (a phone's drawer, which Tab must skip).
    /// </summary>
    public async Task CheckAsync(IPage page, string name, string title, bool menuShown)
    {
        var where = $"{name} ({viewport})";
        var actualTitle = await page.TitleAsync();
        if (actualTitle != title)
        {
            problems.Add($"{where}: the title is \"{actualTitle}\", not \"{title}\"");
        }

        // The same page in another state (a check and its report) keeps its title; another page may not share it.
        var path = new Uri(page.Url).AbsolutePath;
        if (titles.TryGetValue(actualTitle, out var other) && other != path)
        {
            problems.Add($"{where}: the title \"{actualTitle}\" is also {other}'s");
        }

        titles[actualTitle] = path;
        var mains = await page.Locator("main, [role=main]").CountAsync();
        if (mains != 1)
        {
            problems.Add($"{where}: {mains} main landmarks, not one");
        }

        foreach (var violation in await Axe.SeriousViolationsAsync(page))
        {
            problems.Add($"{where}: axe-core {violation}");
        }

        // A modal dialog, which has the focus when it opens, keeps Tab within itself; a page's Tab goes from its top
        // through the app bar, the menu (when shown) and the content.
        var dialog = await page.GetByRole(AriaRole.Dialog).IsVisibleAsync();
        var order = await TabOrderAsync(page, fromTop: !dialog);
        var expected = dialog ? ["dialog"] : menuShown ? Regions : Regions.Where(r => r != "menu").ToArray();
        if (!order.SequenceEqual(expected))
        {
            problems.Add($"{where}: Tab goes through {string.Join(" → ", order.Take(6))}, not {string.Join(" → ", expected)}");
        }
    }

    /// <summary>Fails with every problem found so far, if any.</summary>
    public void AssertNone()
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} accessibility problem(s):\n" + string.Join("\n", problems));
        }
    }

    // A throw-away element at the top of the body, focused: Tab goes on from there, as on a freshly loaded page.
    private const string Start = """
        () => {
            const start = document.createElement('span');
            start.tabIndex = -1;
            start.id = 'tab-order-start';
            document.body.prepend(start);
            start.focus();
        }
        """;

    /// <summary>
    /// The regions Tab visits from the top of the page until it reaches the content (or for 30 presses, in a dialog),
    /// each once in the order first met; from the top of the page (<paramref name="fromTop"/>) or from where focus is.
    /// </summary>
    private static async Task<IReadOnlyList<string>> TabOrderAsync(IPage page, bool fromTop)
    {
        await page.EvaluateAsync(fromTop ? Start : "() => {}");
        var regions = new List<string>();
        for (var press = 0; press < 30; press++)
        {
            await page.Keyboard.PressAsync("Tab");

            // A dialog's focus trap (MudFocusTrap) has guards at its edges that send focus back inside over the circuit:
            // a person's next key comes after that round trip, so the check waits for it too.
            await page.WaitForFunctionAsync("() => !document.activeElement?.matches('div.pointer-events-none[tabindex=\"0\"]')");
            var region = await page.EvaluateAsync<string>("""
                () => {
                    const focused = document.activeElement;
                    if (!focused || focused === document.body) return 'nowhere';
                    if (focused.closest('.mud-dialog-container')) return 'dialog';
                    if (focused.closest('header')) return 'app bar';
                    if (focused.closest('nav, .mud-drawer')) return 'menu';
                    if (focused.closest('main')) return 'content';
                    return 'outside the landmarks: ' + focused.outerHTML.slice(0, 80);
                }
                """);
            if (regions.Count == 0 || regions[^1] != region)
            {
                regions.Add(region);
            }

            if (region == "content" || regions.Count > 6)
            {
                break;
            }
        }

        await page.EvaluateAsync("() => document.getElementById('tab-order-start')?.remove()");
        return regions;
    }
}
