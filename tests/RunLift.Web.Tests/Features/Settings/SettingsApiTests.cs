using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using RunLift.Data;
using RunLift.Formats;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Settings;

public sealed class SettingsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportJson_HasEverythingOfMineAndNothingOfAnyoneElse(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var coach = await factory.RegisterAsync("coach@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Annika");
        var bobId = await factory.SeedAsync("bob@example.com", "Bobby");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();
        (await ann.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "nobody-yet@example.com" }, Cancel)).EnsureSuccessStatusCode();

        var response = await ann.GetAsync("/api/v1/export?format=json", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("runlift-export-");
        var text = await response.Content.ReadAsStringAsync(Cancel);
        text.ShouldNotContain("Bobby");
        text.ShouldNotContain(bobId);
        text.ShouldNotContain("bob@example.com");

        var export = await response.JsonAsync();
        export.GetProperty("format").GetString().ShouldBe("runlift-export");
        export.GetProperty("account").GetProperty("id").GetString().ShouldBe(annId);
        export.GetProperty("account").GetProperty("email").GetString().ShouldBe("ann@example.com");
        export.GetProperty("profile").GetProperty("maxes")[0].GetProperty("oneRepMaxKg").GetDouble().ShouldBe(120);
        export.GetProperty("profile").GetProperty("runningWeek")[0].GetProperty("kind").GetString().ShouldBe("long");
        export.GetProperty("races").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Annika marathon");
        var sessions = export.GetProperty("sessions").EnumerateArray().ToList();
        sessions.Select(s => s.GetProperty("name").GetString()).ShouldBe(["Annika strength A", "Annika imported"]);
        sessions[0].GetProperty("sets").GetArrayLength().ShouldBe(4);
        sessions[0].GetProperty("sets")[2].GetProperty("loadKg").GetDouble().ShouldBe(100.5);
        sessions[0].GetProperty("sets")[0].GetProperty("kind").GetString().ShouldBe("warmup");
        (sessions[0].GetProperty("pain").GetInt32(), sessions[0].GetProperty("painSite").GetString()).ShouldBe((3, "knee"));
        sessions[0].GetProperty("checkedInAt").GetDateTime().ShouldBe(new DateTime(2026, 3, 3, 19, 0, 0, DateTimeKind.Utc));
        var comment = sessions[0].GetProperty("comments").EnumerateArray().Single();
        (comment.GetProperty("authorRole").GetString(), comment.GetProperty("authorName").GetString(), comment.GetProperty("text").GetString())
            .ShouldBe(("athlete", "ann@example.com", "Annika's knee twinged on the last set"));
        sessions[1].GetProperty("comments").GetArrayLength().ShouldBe(0);
        export.GetProperty("runs").GetArrayLength().ShouldBe(1);
        var plan = export.GetProperty("plans").EnumerateArray().Single();
        plan.GetProperty("request").GetString().ShouldBe("athlete:\n  name: Annika\n");
        plan.GetProperty("plan").GetProperty("name").GetString().ShouldBe("Annika plan");
        export.GetProperty("imports").EnumerateArray().Single().GetProperty("fileName").GetString().ShouldBe("Annika-strong.csv");
        export.GetProperty("auditSnapshots").EnumerateArray().Single().GetProperty("report").GetProperty("findings")[0].GetProperty("id").GetString().ShouldBe("RL103");
        var links = export.GetProperty("coachLinks").EnumerateArray().ToList();
        links.Select(l => (l.GetProperty("role").GetString(), l.GetProperty("coachEmail").GetString(), l.GetProperty("athleteEmail").GetString(), l.GetProperty("status").GetString()))
            .ShouldBe([("athlete", "coach@example.com", "ann@example.com", "accepted"), ("coach", "ann@example.com", "nobody-yet@example.com", "pending")], ignoreOrder: true);

        // Bob's own export is his alone too.
        var bobs = await (await bob.GetAsync("/api/v1/export", Cancel)).Content.ReadAsStringAsync(Cancel);
        bobs.ShouldContain("Bobby marathon");
        bobs.ShouldNotContain("Annika");
        bobs.ShouldNotContain(annId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExportCsv_IsAZipOfTablesAndAStrongLogThatImportsBack(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        await factory.SeedAsync("ann@example.com", "Annika");
        await factory.SeedAsync("bob@example.com", "Bobby");

        var response = await ann.GetAsync("/api/v1/export?format=csv", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        var files = zip.Entries.ToDictionary(e => e.FullName, Read);
        files.Keys.ShouldBe(
            ["account.csv", "profile.csv", "profile-maxes.csv", "profile-running-week.csv", "races.csv", "sessions.csv", "session-comments.csv", "sets.csv", "runs.csv",
             "cross-training.csv", "plans.csv", "imports.csv", "audit-snapshots.csv", "coach-links.csv", "strong.csv"],
            ignoreOrder: true);
        files.Values.ShouldAllBe(text => !text.Contains("Bobby"));
        Lines(files["sets.csv"]).Length.ShouldBe(1 + 5);
        Lines(files["sets.csv"])[0].ShouldBe("id,sessionId,position,exerciseName,exerciseId,kind,reps,loadKg,bodyweight,rpe,durationSeconds,distanceMeters,restSeconds,perSide,toFailure");
        Lines(files["sessions.csv"]).Length.ShouldBe(1 + 2);

        // The check-in's fields came later: after the columns older readers count on.
        Lines(files["sessions.csv"])[0].ShouldBe("id,date,startedAt,name,durationMinutes,sessionRpe,phase,source,planId,importId,importKey,notes,pain,painSite,checkedInAt");
        Lines(files["sessions.csv"])[1].ShouldEndWith(",3,knee,2026-03-03T19:00:00Z");
        var comments = Lines(files["session-comments.csv"]);
        comments[0].ShouldBe("id,sessionId,authorRole,authorName,text,createdAt");
        comments.Length.ShouldBe(1 + 1);
        comments[1].ShouldEndWith(",athlete,ann@example.com,Annika's knee twinged on the last set,2026-03-03T19:05:00Z");
        files["races.csv"].ShouldContain("Annika marathon");

        // The plan's request spans lines: quoted, so that a CSV reader keeps it in one field.
        files["plans.csv"].ShouldContain("\"athlete:\n  name: Annika\n\"");

        var log = TrainingFiles.Read("strong.csv", new MemoryStream(Encoding.UTF8.GetBytes(files["strong.csv"])));
        log.Sessions.Select(s => s.Name).ShouldBe(["Annika strength A", "Annika imported"]);
        var first = log.Sessions[0];
        first.Date.ShouldBe(new DateOnly(2026, 3, 3));
        first.Duration.ShouldBe(TimeSpan.FromMinutes(45));
        var squat = first.Exercises.Single(e => e.Name == "Squat (Barbell)");
        squat.Sets.Select(s => s.Kind).ShouldBe([SetKind.Warmup, SetKind.Working, SetKind.Working]);
        squat.Sets.Select(s => s.Load?.Kilograms).ShouldBe([40, 100, 100.5]);
        squat.Sets[1].Rest.ShouldBe(TimeSpan.FromMinutes(3));
        squat.Sets[2].Rpe!.Value.Value.ShouldBe(8.5);
        first.Exercises.Single(e => e.Name == "Pull Up").Sets.Single().Reps.ShouldBe(8);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_HasTheProfilesInjury_InTheJson_AndInProfileCsvAfterTheOlderColumns(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithInjury(rehab: true, "lower-back"), Cancel)).EnsureSuccessStatusCode();

        var json = await (await ann.GetAsync("/api/v1/export?format=json", Cancel)).JsonAsync();
        await using var zip = new ZipArchive(new MemoryStream(await (await ann.GetAsync("/api/v1/export?format=csv", Cancel)).Content.ReadAsByteArrayAsync(Cancel)));
        var profile = Lines(Read(zip.GetEntry("profile.csv")!));

        (json.GetProperty("profile").GetProperty("rehab").GetBoolean(), json.GetProperty("profile").GetProperty("injury").GetString()).ShouldBe((true, "lower-back"));
        profile[0].ShouldBe("experience,bodyweightKg,units,rehab,maxSessionMinutes,sessionsPerWeek,equipment,updatedAt,injury,timeZone,maxHeartRate");
        profile[1].ShouldStartWith("intermediate,,kilograms,true,50,,");
        profile[1].Split(',')[^3].ShouldBe("lower-back");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_HasTheMaxHeartRate_InTheJson_AndAsProfileCsvsLastColumn(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithMaxHeartRate(191), Cancel)).EnsureSuccessStatusCode();

        var json = await (await ann.GetAsync("/api/v1/export?format=json", Cancel)).JsonAsync();
        await using var zip = new ZipArchive(new MemoryStream(await (await ann.GetAsync("/api/v1/export?format=csv", Cancel)).Content.ReadAsByteArrayAsync(Cancel)));
        var profile = Lines(Read(zip.GetEntry("profile.csv")!));

        json.GetProperty("profile").GetProperty("maxHeartRate").GetInt32().ShouldBe(191);
        profile[0].Split(',')[^1].ShouldBe("maxHeartRate");
        profile[1].Split(',')[^1].ShouldBe("191");
    }

    [Fact]
    public async Task Export_UnknownFormat_Is400()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");

        var response = await ann.GetAsync("/api/v1/export?format=xml", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("json, csv");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAccount_RemovesEveryRowOfTheAccountAndLeavesOthersIntact(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var bob = await factory.RegisterConfirmedAsync("bob@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Annika");
        var bobId = await factory.SeedAsync("bob@example.com", "Bobby");

        // Coach links both ways, and an invitation that waits for Ann's e-mail.
        var bobCoachesAnn = (await (await bob.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{bobCoachesAnn}/accept", null, Cancel)).EnsureSuccessStatusCode();
        var annCoachesBob = (await (await ann.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "bob@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await bob.PostAsync($"/api/v1/coaches/{annCoachesBob}/accept", null, Cancel)).EnsureSuccessStatusCode();
        (await bob.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "someone@example.com" }, Cancel)).EnsureSuccessStatusCode();

        // Comments both ways too: Bob's on Ann's session as her coach, and Ann's on Bob's as his, which is his thread's and stays.
        var annsSession = (await (await ann.GetAsync("/api/v1/sessions", Cancel)).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt64();
        var bobsSession = (await (await bob.GetAsync("/api/v1/sessions", Cancel)).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt64();
        (await bob.PostAsJsonAsync($"/api/v1/coach/athletes/{annId}/sessions/{annsSession}/comments", new { text = "Ease off the knee." }, Cancel)).EnsureSuccessStatusCode();
        (await ann.PostAsJsonAsync($"/api/v1/coach/athletes/{bobId}/sessions/{bobsSession}/comments", new { text = "Strong week, Bob." }, Cancel)).EnsureSuccessStatusCode();

        var annBefore = await factory.CountRowsAsync(annId, "ann@example.com");
        var bobBefore = await factory.CountRowsAsync(bobId, "bob@example.com");
        var allSets = await factory.AllSetsAsync();
        var allComments = await factory.AllCommentsAsync();
        foreach (var table in new[] { "Users", "Profiles", "Races", "Sessions", "Sets", "SessionComments", "Runs", "Imports", "Plans", "CalendarFeeds", "AuditSnapshots", "CoachLinks" })
        {
            annBefore[table].ShouldBeGreaterThan(0, table);
        }

        var response = await ann.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { password = Tests.Accounts.Password }) }, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.CountRowsAsync(annId, "ann@example.com")).Values.ShouldAllBe(count => count == 0);
        var bobAfter = await factory.CountRowsAsync(bobId, "bob@example.com");
        bobAfter["CoachLinks"].ShouldBe(1);
        bobAfter.Where(t => t.Key != "CoachLinks").ShouldBe(bobBefore.Where(t => t.Key != "CoachLinks"));
        (await factory.AllSetsAsync()).ShouldBe(allSets - annBefore["Sets"]);
        (await factory.AllCommentsAsync()).ShouldBe(allComments - annBefore["SessionComments"], "the comments on Ann's sessions went with them; none is left behind");
        annBefore["SessionComments"].ShouldBe(2);
        bobBefore["SessionComments"].ShouldBe(2);

        // Ann's comment as Bob's coach stays in his thread, no longer signed with her name nor tied to her id.
        var bobsThread = (await (await bob.GetAsync($"/api/v1/sessions/{bobsSession}/comments", Cancel)).JsonAsync()).EnumerateArray()
            .Select(c => (c.GetProperty("author").GetProperty("role").GetString(), c.GetProperty("author").GetProperty("name").GetString(), c.GetProperty("text").GetString()))
            .ToList();
        bobsThread.ShouldContain(("coach", "Deleted account", "Strong week, Bob."));
        (await factory.CommentsByAsync(annId, "Annika", "ann@example.com")).ShouldBe(0);

        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email = "ann@example.com", password = Tests.Accounts.Password }, Cancel);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await bob.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("coaches").GetArrayLength().ShouldBe(0);
        (await (await bob.GetAsync("/api/v1/coach/athletes", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);

        // The e-mail is free again, and the new account inherits nothing.
        var again = await factory.RegisterAsync("ann@example.com");
        var fresh = await (await again.GetAsync("/api/v1/export", Cancel)).JsonAsync();
        fresh.GetProperty("sessions").GetArrayLength().ShouldBe(0);
        fresh.GetProperty("coachLinks").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAccount_WrongPassword_Is400AndRemovesNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Annika");
        var before = await factory.CountRowsAsync(annId, "ann@example.com");

        var wrong = await ann.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { password = "not my password" }) }, Cancel);
        var missing = await ann.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { }) }, Cancel);
        var noBody = await ann.DeleteAsync("/api/v1/account", Cancel);

        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.JsonAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("nothing was deleted");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CountRowsAsync(annId, "ann@example.com")).ShouldBe(before);
        (await factory.SignInAsync("ann@example.com")).ShouldNotBeNull();
    }

    [Fact]
    public async Task DeleteAccount_AfterTooManyWrongPasswords_IsLockedAndRemovesNothing()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var annId = await factory.AccountIdAsync("ann@example.com");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var response = await ann.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { password = "guess " + attempt }) }, Cancel);
            statuses.Add(response.StatusCode);
        }

        var right = await ann.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { password = Tests.Accounts.Password }) }, Cancel);

        // The fifth wrong password locks the account, as a fifth wrong sign-in does; the right one is then refused too.
        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        right.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await factory.CountRowsAsync(annId, "ann@example.com"))["Users"].ShouldBe(1);
    }

    [Theory]
    [InlineData("GET", "/api/v1/export")]
    [InlineData("GET", "/api/v1/export?format=csv")]
    [InlineData("DELETE", "/api/v1/account")]
    public async Task Anonymous_Is401(string method, string path)
    {
        await using var factory = WebFactory.With();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "DELETE")
        {
            request.Content = JsonContent.Create(new { password = Tests.Accounts.Password });
        }

        var response = await factory.CreateClient().SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExportCsv_NamesThatWouldRunAsFormulas_AreWrittenAsText()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        const string Formula = "=HYPERLINK(\"http://evil.example\",\"Squat\")";
        var session = await ann.PostAsJsonAsync("/api/v1/sessions", new { date = "2026-11-02", name = "@SUM(1+1)", notes = "-2+3", sets = new[] { new { exercise = Formula, reps = 5, loadKg = 100.0 } } }, Cancel);
        session.EnsureSuccessStatusCode();
        (await ann.PostAsJsonAsync($"{session.Headers.Location}/comments", new { text = "=1+1" }, Cancel)).EnsureSuccessStatusCode();

        var response = await ann.GetAsync("/api/v1/export?format=csv", Cancel);

        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        var files = zip.Entries.ToDictionary(e => e.FullName, Read);
        Lines(files["sets.csv"])[1].ShouldContain(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Squat\"\")\",");
        Lines(files["sessions.csv"])[1].ShouldContain(",'@SUM(1+1),");
        Lines(files["sessions.csv"])[1].ShouldEndWith(",'-2+3,,,");
        Lines(files["session-comments.csv"])[1].ShouldContain(",'=1+1,");
        Lines(files["strong.csv"])[1].ShouldContain("\"'=HYPERLINK(");
        var log = TrainingFiles.Read("strong.csv", new MemoryStream(Encoding.UTF8.GetBytes(files["strong.csv"])));
        log.Sessions.Single().Exercises.Single().Name.ShouldBe(Formula);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string[] Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
