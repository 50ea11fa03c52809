using RunLift.Data.Accounts;
using RunLift.Testing;

namespace RunLift.Data.Tests;

/// <summary>A migrated database with one athlete's account in it, "ann", for the data tests to write her training to.</summary>
internal static class AthleteDatabase
{
    /// <summary>The athlete's account id.</summary>
    public const string AccountId = "ann";

    /// <summary>A new migrated database of <paramref name="provider"/> holding the athlete's account and <paramref name="more"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, params object[] more)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        db.Users.Add(new Account { Id = AccountId, UserName = "ann@example.com", Email = "ann@example.com", NormalizedEmail = "ANN@EXAMPLE.COM" });
        db.AddRange(more);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }
}
