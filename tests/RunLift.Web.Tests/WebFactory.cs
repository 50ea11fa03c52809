using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunLift.Data;
using RunLift.Testing;

namespace RunLift.Web.Tests;

/// <summary>
/// The web app over HTTP, in the Production environment so that tests see what clients see (no developer
/// exception page), on a database of its own: a new SQLite file unless <see cref="OnAsync"/> chose PostgreSQL.
/// <see cref="With"/> makes a variant with other settings or services.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = [];
    private TimeProvider? time;
    private string environment = "Production";
    private TestDatabase? database;

    /// <summary>Where the app writes its e-mail (.eml files): a folder of this factory's own, removed with it.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "runlift-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>A factory on a new, empty database of <paramref name="provider"/> (skips when PostgreSQL is absent).</summary>
    public static async Task<WebFactory> OnAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = With(settings, time);
        factory.database = database;
        return factory;
    }

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (database is null && !settings.ContainsKey("ConnectionStrings:RunLift"))
        {
            database = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult();
        }

        builder.UseEnvironment(environment);
        foreach (var (key, value) in database?.Configuration ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }


        // The app runs from build output, not a publish folder: serve the packages' static files (MudBlazor's CSS
        // and JS, blazor.web.js) from where the build left them, as Development does by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Every test database makes new keys, stored unencrypted by design (docs/deploy.md): that warning is noise here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
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
