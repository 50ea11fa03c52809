using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Hostile;

/// <summary>
/// Every endpoint and page the app maps, found by asking the app, called as an attacker would: anonymously, with a
/// bearer token and with the sign-in cookie; with ids that do not exist or belong to someone else, with hostile query
/// strings, and with every hostile body (<see cref="HostileRequests"/>). Whatever is sent, the answer is never a 5xx,
/// and the app is still there afterwards. Every 5xx found is listed.
/// </summary>
public sealed class HostileRequestTests
{
    private static readonly Dictionary<string, string?> NoLimits = new()
    {
        ["RateLimiting:Anonymous:PermitLimit"] = "100000000",
        ["RateLimiting:Account:PermitLimit"] = "100000000",
        ["RateLimiting:Uploads:PermitLimit"] = "100000000",
        ["RateLimiting:SignIn:PermitLimit"] = "100000000",
    };

    // The app's own assets and the framework's are not ours to harden; Blazor's circuit endpoint takes WebSockets.
    private static readonly string[] NotProbed = ["/_blazor", "/_framework", "/_content", "/scalar"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryEndpoint_WhateverIsSent_NeverAnswers5xx(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, NoLimits);
        var athlete = await Target.CreateAsync(factory);
        var callers = new (string Name, HttpClient Client)[]
        {
            ("anonymous", factory.CreateClient(new() { AllowAutoRedirect = false })),
            ("bearer", athlete.Bearer),
            ("cookie", athlete.Cookie),
        };
        var failures = new List<string>();
        var endpoints = AppEndpoints.Of(factory).Where(e => !e.IsStaticFile() && !NotProbed.Any(p => e.Pattern.StartsWith(p, StringComparison.Ordinal))).ToList();
        endpoints.Count.ShouldBeGreaterThan(40);
        foreach (var endpoint in endpoints)
        {
            foreach (var (caller, client) in callers)
            {
                foreach (var path in Paths(endpoint, athlete))
                {
                    await ExpectNo5xxAsync(client, caller, endpoint.Method, path, body: null, failures);
                }

                var own = endpoint.With((name, _) => athlete.Own(endpoint, name));
                foreach (var query in HostileRequests.Queries)
                {
                    await ExpectNo5xxAsync(client, caller, endpoint.Method, own + query, body: null, failures);
                }

                if (endpoint.Method is "POST" or "PUT" or "PATCH" or "DELETE")
                {
                    foreach (var body in HostileRequests.Bodies())
                    {
                        await ExpectNo5xxAsync(client, caller, endpoint.Method, own, body, failures);
                    }
                }
            }
        }

        failures.ShouldBeEmpty($"{failures.Count} hostile requests failed; the first ones:\n" + string.Join('\n', failures.Take(40)));
        (await factory.CreateClient().GetAsync("/health/live", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The endpoint's path with each route parameter in turn given every hostile value, the others the target's own.</summary>
    private static IEnumerable<string> Paths(AppEndpoint endpoint, Target target)
    {
        var parameters = System.Text.RegularExpressions.Regex.Matches(endpoint.Pattern, @"\{\*{0,2}(\w+)(:[^}]*)?\??\}");
        if (parameters.Count == 0)
        {
            yield return endpoint.Pattern;
        }

        foreach (System.Text.RegularExpressions.Match parameter in parameters)
        {
            var name = parameter.Groups[1].Value;
            foreach (var value in HostileRequests.RouteValues(parameter.Groups[2].Value, [target.Own(endpoint, name)]))
            {
                yield return endpoint.With((other, _) => other == name ? value : target.Own(endpoint, other));
            }
        }
    }

    private static async Task ExpectNo5xxAsync(HttpClient client, string caller, string method, string path, HostileInput? body, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body.Content);
            if (body.ContentType.Length > 0)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
            }
        }

        // The signed-in pages' own requests: same origin, so that the request reaches the endpoint.
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var what = $"{caller} {method} {Clip(path)}" + (body is null ? "" : $" with {body.Name}");
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{what} → {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (!Cancel.IsCancellationRequested)
        {
            // The in-process server hands the app's unhandled exceptions to the client: a dropped connection on Kestrel.
            failures.Add($"{what} → {e.GetType().Name}: {e.Message}");
        }
    }

    private static string Clip(string path) => path.Length > 120 ? path[..120] + "…" : path;

    /// <summary>An athlete with one of everything, so that the ids in paths exist: a session, a run, a race, a saved plan, an invitation.</summary>
    private sealed record Target(HttpClient Bearer, HttpClient Cookie, string Session, string Run, string Race, string Plan, string Invitation)
    {
        public static async Task<Target> CreateAsync(WebFactory factory)
        {
            const string Email = "target@example.com";
            var bearer = await factory.RegisterAsync(Email);
            var cookie = await factory.SignInWithCookieAsync(Email);
            (await bearer.PutAsJsonAsync("/api/v1/profile", Features.Profiles.ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
            return new Target(
                bearer,
                cookie,
                await IdAsync(bearer, "/api/v1/sessions", new { date = "2026-11-02", name = "Strength A", sets = new[] { new { exercise = "Back Squat", reps = 5, loadKg = 100.0 } } }),
                await IdAsync(bearer, "/api/v1/runs", new { date = "2026-11-03", kind = "long", durationSeconds = 5400 }),
                await IdAsync(bearer, "/api/v1/races", new { date = "2027-04-18", name = "Spring Marathon", distanceMeters = 42195.0, priority = "A" }),
                await IdAsync(bearer, "/api/v1/saved-plans", new { start = "2026-12-07" }),
                await IdAsync(bearer, "/api/v1/coach/invitations", new { email = "athlete@example.com" }, "linkId"));
        }

        /// <summary>The target's own value for route parameter <paramref name="name"/> of <paramref name="endpoint"/>.</summary>
        public string Own(AppEndpoint endpoint, string name) => name switch
        {
            "id" when endpoint.Pattern.Contains("/sessions/", StringComparison.Ordinal) => Session,
            "id" when endpoint.Pattern.Contains("/runs/", StringComparison.Ordinal) => Run,
            "id" when endpoint.Pattern.Contains("/races/", StringComparison.Ordinal) => Race,
            "id" when endpoint.Pattern.Contains("/saved-plans/", StringComparison.Ordinal) => Plan,
            "linkId" => Invitation,
            "file" => "2026-12-08-adaptation-a.fit",
            _ => "1",
        };

        private static async Task<string> IdAsync(HttpClient client, string path, object body, string property = "id")
        {
            var response = await client.PostAsJsonAsync(path, body, Cancel);
            response.EnsureSuccessStatusCode();
            return (await response.JsonAsync()).GetProperty(property).GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
