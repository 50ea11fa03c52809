using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RunLift.Web.Tests;

/// <summary>
/// The web app over HTTP, in the Production environment so that tests see what clients see (no developer
/// exception page). <see cref="With"/> makes a variant with other settings or services.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = [];
    private TimeProvider? time;
    private string environment = "Production";

    /// <summary>A new factory with these configuration settings and, when given, this clock and environment.</summary>
    public static WebFactory With(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null, string environment = "Production")
    {
        var factory = new WebFactory { time = time, environment = environment };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.settings[key] = value;
        }

        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);

        // The app runs from build output, not a publish folder: serve the packages' static files (MudBlazor's CSS
        // and JS, blazor.web.js) from where the build left them, as Development does by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
        }
    }
}

/// <summary>Request and response helpers.</summary>
public static class Http
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static StringContent Body(string text, string contentType) =>
        new(text, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<string> ExampleAsync(string name) =>
        await File.ReadAllTextAsync(RunLift.Testing.RepositoryFiles.PathOf("examples/" + name), Cancel);
}
