using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Time;
using RunLift.Training;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Progress;

/// <summary>Writes training straight into the database, as the log and import features would have stored it.</summary>
internal static class SeededLog
{
    /// <summary>The account id of <paramref name="email"/>, registered before.</summary>
    public static async Task<string> AccountIdAsync(this WebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);
    }

    /// <summary>Adds <paramref name="entities"/> in one save.</summary>
    public static async Task SeedAsync(this WebFactory factory, params object[] entities)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync(Cancel);
    }

    public static LoggedSession Session(string accountId, string date, string name, int? minutes, double? sessionRpe, params LoggedSet[] sets)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i].Position = i;
        }

        // Measured as every way of writing a session measures it.
        var session = new LoggedSession
        {
            AccountId = accountId,
            Date = day,
            WeekStart = IsoWeek.MondayOf(day),
            Name = name,
            DurationMinutes = minutes,
            SessionRpe = sessionRpe,
            Source = LogSource.Manual,
            Sets = [.. sets],
        };
        LogMeasures.Measure(session);
        return session;
    }

    public static LoggedSet Set(string? exerciseId, int? reps, double? kg, double? rpe = null, int? restSeconds = null, SetKind kind = SetKind.Working) => new()
    {
        ExerciseName = exerciseId ?? "Mystery Move",
        ExerciseId = exerciseId,
        Reps = reps,
        LoadKg = kg,
        Rpe = rpe,
        RestSeconds = restSeconds,
        Kind = kind,
    };

    public static LoggedRun Run(string accountId, string date, RunKind kind, int seconds, int? heartRate = null)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new LoggedRun
        {
            AccountId = accountId, Date = day, WeekStart = IsoWeek.MondayOf(day), Kind = kind, DurationSeconds = seconds, AverageHeartRate = heartRate,
            Source = LogSource.Manual,
        };
    }
}
