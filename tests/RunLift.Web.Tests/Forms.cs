using System.Text.RegularExpressions;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests;

/// <summary>Posting the pages' forms as a browser does: with the antiforgery token the page rendered.</summary>
public static partial class Forms
{
    /// <summary>The antiforgery token in the form of <paramref name="page"/>, fetched with <paramref name="client"/>'s cookies.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, Cancel);
        var match = TokenField().Match(html);
        match.Success.ShouldBeTrue($"{page} has no antiforgery token");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts <paramref name="fields"/> and the antiforgery token taken from <paramref name="page"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields, Action<HttpRequestMessage>? configure = null)
    {
        var token = await client.AntiforgeryTokenAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]),
        };
        configure?.Invoke(request);
        return await client.SendAsync(request, Cancel);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
