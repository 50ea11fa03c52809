using System.Net.Http.Headers;
using System.Net.Http.Json;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests;

/// <summary>Registers and signs in test athletes through the public account API, as a script would.</summary>
public static class Accounts
{
    /// <summary>A password that satisfies the password rules.</summary>
    public const string Password = "correct horse battery";

    /// <summary>Registers <paramref name="email"/> and returns a client that sends its bearer token.</summary>
    public static async Task<HttpClient> RegisterAsync(this WebFactory factory, string email)
    {
        var anonymous = factory.CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/account/register", new { email, password = Password }, Cancel);
        registered.EnsureSuccessStatusCode();
        return await factory.SignInAsync(email);
    }

    /// <summary>Registers <paramref name="email"/>, follows the confirmation link e-mailed to it, and returns a client that sends its bearer token.</summary>
    public static async Task<HttpClient> RegisterConfirmedAsync(this WebFactory factory, string email)
    {
        var client = await factory.RegisterAsync(email);
        await factory.ConfirmEmailAsync(email);
        return client;
    }

    /// <summary>Signs <paramref name="email"/> in and returns a client that sends its bearer token.</summary>
    public static async Task<HttpClient> SignInAsync(this WebFactory factory, string email)
    {
        var client = factory.CreateClient();
        var token = await client.BearerTokenAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs in with <paramref name="client"/> and returns the access token.</summary>
    public static async Task<string> BearerTokenAsync(this HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password = Password }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>
    /// Signs <paramref name="email"/> in with the cookie and returns a client that sends it itself, redirects not
    /// followed: the cookie expires by the app's clock, which a test may set back, and a cookie container would drop it.
    /// </summary>
    public static async Task<HttpClient> CookieHeaderClientAsync(this WebFactory factory, string email)
    {
        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email, password = Password }, Cancel);
        signIn.EnsureSuccessStatusCode();
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Web.Features.Accounts.AccountSetup.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Signs <paramref name="email"/> in with the cookie, as the pages do, and returns a client that keeps it.</summary>
    public static async Task<HttpClient> SignInWithCookieAsync(this WebFactory factory, string email)
    {
        var client = factory.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email, password = Password }, Cancel);
        signIn.EnsureSuccessStatusCode();
        return client;
    }
}
