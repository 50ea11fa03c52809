using Microsoft.EntityFrameworkCore;
using RunLift.Testing;

namespace RunLift.Data.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_CoverTheModel_NoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model has changed since the last {provider} migration: add one with dotnet ef migrations add (docs/development.md)");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_EmptyDatabase_CreatesEverySchemaObject(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();

        (await db.Database.GetPendingMigrationsAsync(Cancel)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Cancel)).ShouldNotBeEmpty();
        (await db.Sessions.CountAsync(Cancel)).ShouldBe(0);
        (await db.DataProtectionKeys.CountAsync(Cancel)).ShouldBe(0);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
}
