using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RunLift.Web.Operations;

/// <summary>
/// What the app says about itself on the wire: HSTS on HTTPS responses (outside Development), every cookie Secure
/// when the request came over HTTPS and HttpOnly always, and no <c>Server</c> header naming the web server.
/// </summary>
internal static class TransportSecurity
{
    /// <summary>How long a browser that saw HSTS keeps to HTTPS: a year, as the HSTS preload list asks.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(hsts => hsts.MaxAge = HstsMaxAge);
        services.Configure<CookiePolicyOptions>(cookies =>
        {
            // Identity's cookies, the antiforgery cookie and any other: one policy instead of one setting each.
            cookies.Secure = CookieSecurePolicy.SameAsRequest;
            cookies.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            cookies.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
    }

    public static IApplicationBuilder UseTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app.UseCookiePolicy();
    }
}
