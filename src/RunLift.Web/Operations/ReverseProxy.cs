using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Operations;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> headers are believed
/// (<c>ForwardedHeaders:KnownProxies</c>, addresses, and <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges). None by
/// default: anyone can send those headers, so a client's address, scheme and host come from the connection unless
/// it arrives from a proxy named here. Behind one, rate limits count clients, and cookies are Secure when the
/// client's connection is HTTPS.
/// </summary>
internal sealed class ProxySettings : IValidatableObject
{
    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may have added to the headers (the last that many entries are read).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/8).");
        }
    }
}

internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ProxySettings>().BindConfiguration("ForwardedHeaders").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = proxies.Value.ForwardLimit;

            // ASP.NET Core trusts the loopback addresses by default; only what is configured is trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// Reads the forwarded headers of the configured proxies. Without any configured, the middleware is left out:
    /// given empty lists it would believe every address.
    /// </summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<IOptions<ProxySettings>>().Value;
        return proxies.KnownProxies.Length + proxies.KnownNetworks.Length == 0 ? app : app.UseForwardedHeaders();
    }
}
