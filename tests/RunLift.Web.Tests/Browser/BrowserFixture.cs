using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// The web app on a real loopback port (Kestrel) and one headless Debian chromium, shared by the tests of the
/// <see cref="BrowserTests"/>; each test opens its own <see cref="BrowserSession"/> (a fresh browser context:
/// no cookies or storage carried over). Without /usr/bin/chromium every browser test reports itself skipped,
/// and fails under CI=true, where scripts/test installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Debian's chromium, never a downloaded one (no `playwright install`): no sandbox (tests may run as root), no GPU,
    // and nothing that reaches out to the network by itself.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private WebFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        // Every journey registers and signs in from this one address: the per-client sign-in limit is not what they test.
        app = WebFactory.With(new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "1000" });
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Opens, in <paramref name="session"/>, the confirmation link the app e-mailed to <paramref name="email"/>, as its owner would.</summary>
    public async Task ConfirmEmailAsync(BrowserSession session, string email)
    {
        var link = LinkTo(email, "Confirm your e-mail address");
        await session.Page.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(session.Page.GetByTestId("email-confirmed")).ToBeVisibleAsync();
    }

    /// <summary>The link in the newest e-mail to <paramref name="email"/> about <paramref name="subject"/>, as its owner reads it.</summary>
    public Uri LinkTo(string email, string subject) => app!.LinkTo(email, subject);

    /// <summary>
    /// Opens <paramref name="path"/> in a fresh context with a viewport of <paramref name="width"/> ×
    /// <paramref name="height"/> CSS pixels, and waits until the page is interactive (its circuit is connected),
    /// unless it is a plain page (<paramref name="interactive"/> false: the account forms). The browser's clock is in
    /// <paramref name="timeZone"/> (an IANA name), which its sign-in forms report.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(string path, int width = 1280, int height = 800, bool interactive = true, string timeZone = "UTC")
    {
        if (browser is null)
        {
            var missing = $"Browser tests need Debian's chromium at {ChromiumPath} (apt-get install chromium; scripts/test installs it when run as root).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing + " CI=true requires it.");
            }

            Assert.Skip(missing);
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = timeZone,
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout(15_000);
        var session = new BrowserSession(context, await context.NewPageAsync());
        await session.Page.GotoAsync(path);
        if (interactive)
        {
            await session.Page.Locator("[data-interactive=true]").WaitForAsync();
        }

        return session;
    }
}

/// <summary>One test's browser context and page, and what the page reported as errors (CSP violations included).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    internal BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far: a refused script or style shows up here.</summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>
    /// With RUNLIFT_UPDATE_SCREENSHOTS=1, writes the viewport (or the <paramref name="clip"/> of it) as
    /// docs/screenshots/<paramref name="name"/>; otherwise does nothing, so that journeys can take their screenshots on
    /// every run.
    /// </summary>
    public async Task ScreenshotAsync(string name, Clip? clip = null)
    {
        if (Environment.GetEnvironmentVariable("RUNLIFT_UPDATE_SCREENSHOTS") != "1")
        {
            return;
        }

        var path = RunLift.Testing.RepositoryFiles.PathOf(Path.Combine("docs", "screenshots", name));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled, Clip = clip });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    /// <summary>
    /// Creates an account through the registration page (a unique e-mail per call) and leaves this session signed
    /// in, on the page registration leads to; returns the e-mail.
    /// </summary>
    public async Task<string> RegisterAsync(string name = "Test Runner")
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        await Page.GotoAsync("/account/register");
        await Page.Locator("#display-name").FillAsync(name);
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(Accounts.Password);
        await Page.Locator("#confirm-password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/register", StringComparison.Ordinal));
        return email;
    }

    /// <summary>Signs in through the sign-in page; the session ends on the page signing in leads to.</summary>
    public async Task SignInAsync(string email, string? returnUrl = null)
    {
        await Page.GotoAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}

/// <summary>The browser tests: they share one app and one browser (<see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(nameof(BrowserTests))]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>;
