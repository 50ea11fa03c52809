using System.Text;
using RunLift.Testing;

namespace RunLift.Web.Tests.Hostile;

/// <summary>
/// What an attacker sends to an endpoint: hostile route values, query strings and bodies. Generated from a fixed
/// seed, so that a failure is found again; <see cref="LongRun"/> (RUNLIFT_HOSTILE_LONG=1) sends many more.
/// </summary>
internal static class HostileRequests
{
    public static bool LongRun => Environment.GetEnvironmentVariable("RUNLIFT_HOSTILE_LONG") == "1";

    /// <summary>Values for a route parameter: none of them exists, or none is the caller's, or none is a number.</summary>
    public static IReadOnlyList<string> RouteValues(string constraint, IEnumerable<string> known) =>
        constraint.Contains("long", StringComparison.Ordinal) || constraint.Contains("int", StringComparison.Ordinal)
            ? [.. known, "0", "-1", "9223372036854775807", "2147483648"]
            : [.. known, "x", "%2e%2e", "%FF%FE", "%20", new string('9', 3000), "00000000-0000-0000-0000-000000000000"];

    /// <summary>Query strings with every parameter the app reads, out of range, of the wrong kind, or enormous.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        "?page=-1&pageSize=2147483648&weeks=-5&from=0000-00-00&to=9999-99-99",
        "?page=1000001&pageSize=0&weeks=99999999999&from=2026-13-40&to=x",
        "?format=%00&failOn=%FF&range=x&date=-1&preview=maybe&q=" + new string('q', 3000),
        "?returnUrl=%0d%0aX:%20y&fileName=..%2f..%2fetc%2fpasswd&useCookies=maybe&start=9999-12-31",
        "?" + string.Join('&', Enumerable.Range(0, 500).Select(i => $"p{i}={i}")),
    ];

    /// <summary>Bodies for a request that has one: malformed, mistyped, enormous, nested, not text, hostile files.</summary>
    public static IEnumerable<HostileInput> Bodies()
    {
        yield return new("no body", "application/json", []);
        yield return Json("null", "null");
        yield return Json("an empty object", "{}");
        yield return Json("an array", "[]");
        yield return Json("wrong types", """{"date":5,"name":[],"sets":"x","email":{},"password":1,"weeks":"many","start":true,"races":{"a":1}}""");
        yield return Json("extreme values", """{"date":"9999-12-31","durationMinutes":1e400,"sessionRpe":-1e308,"sets":[{"exercise":"","reps":2147483648,"loadKg":"NaN","rpe":1e-400}],"distanceMeters":-0.0,"bodyweightKg":1e309}""");
        yield return Json("a set list of a million", """{"date":"2026-11-02","sets":[""" + string.Join(',', Enumerable.Repeat("{}", 1_000_000)) + "]}");
        yield return Json("a 5 MB string", """{"name":""" + "\"" + new string('a', 5_000_000) + "\"}");
        yield return Json("objects nested 50,000 deep", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) + "1" + new string('}', 50_000));
        yield return new("a form with a broken boundary", "multipart/form-data; boundary=x", Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.yaml\"\r\n\r\nbroken"));
        yield return new("a form of 20,000 empty parts", "multipart/form-data; boundary=b", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\r\n", 20_000)) + "--b--\r\n"));
        yield return new("a form without a boundary", "multipart/form-data", Encoding.UTF8.GetBytes("x"));
        yield return new("url-encoded garbage", "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes("_handler=%FF&__RequestVerificationToken=" + new string('A', 10_000) + "&Input.Email=%00"));
        foreach (var input in HostileInputs.All)
        {
            yield return input;
        }

        var random = new Random(LongRun ? Environment.TickCount : 20261203);
        for (var i = 0; i < (LongRun ? 200 : 4); i++)
        {
            var bytes = new byte[random.Next(1, 65_536)];
            random.NextBytes(bytes);
            yield return new($"random bytes #{i} ({bytes.Length} bytes)", "application/octet-stream", bytes);
        }
    }

    private static HostileInput Json(string name, string text) => new(name, "application/json", Encoding.UTF8.GetBytes(text));
}
