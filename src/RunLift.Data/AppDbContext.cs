using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RunLift.Data.Accounts;
using RunLift.Data.Auditing;
using RunLift.Data.Coaching;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Training;

namespace RunLift.Data;

/// <summary>
/// RunLift's database: accounts (Identity), profiles, the training log, plans, audit snapshots, coach links and
/// the data-protection keys that instances share. The same model runs on SQLite and PostgreSQL; each provider
/// has its own migrations (RunLift.Data.Sqlite, RunLift.Data.Postgres).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<Account>(options), IDataProtectionKeyContext
{
    /// <summary>Athletes' profiles.</summary>
    public DbSet<Profile> Profiles => Set<Profile>();

    /// <summary>Races on athletes' calendars.</summary>
    public DbSet<RaceEntry> Races => Set<RaceEntry>();

    /// <summary>Logged strength sessions.</summary>
    public DbSet<LoggedSession> Sessions => Set<LoggedSession>();

    /// <summary>Logged sets.</summary>
    public DbSet<LoggedSet> Sets => Set<LoggedSet>();

    /// <summary>Logged runs.</summary>
    public DbSet<LoggedRun> Runs => Set<LoggedRun>();

    /// <summary>Logged cross-training (rides, swims, hikes).</summary>
    public DbSet<LoggedCrossTraining> CrossTraining => Set<LoggedCrossTraining>();

    /// <summary>Imported files.</summary>
    public DbSet<Import> Imports => Set<Import>();

    /// <summary>Saved plans.</summary>
    public DbSet<SavedPlan> Plans => Set<SavedPlan>();

    /// <summary>Comments on logged sessions, by athletes and their coaches.</summary>
    public DbSet<SessionComment> SessionComments => Set<SessionComment>();

    /// <summary>Athletes' private calendar feeds.</summary>
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    /// <summary>Weekly audit snapshots.</summary>
    public DbSet<AuditSnapshot> AuditSnapshots => Set<AuditSnapshot>();

    /// <summary>Athletes' own readings of their exercise names.</summary>
    public DbSet<Names.ExerciseNameChoice> ExerciseNames => Set<Names.ExerciseNameChoice>();

    /// <summary>Coach invitations and links.</summary>
    public DbSet<CoachLink> CoachLinks => Set<CoachLink>();

    /// <inheritdoc/>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: the database stays readable and reordering an enum cannot change data.
        configurationBuilder.Properties<Experience>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MassUnit>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InjurySite>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RunKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RacePriority>().HaveConversion<string>().HaveMaxLength(1);
        configurationBuilder.Properties<TrainingPhase>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SetKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LogSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CommentAuthor>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<CoachLinkStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(10);

        // SQLite keeps no time zone: every timestamp is UTC, and reads say so (PostgreSQL's timestamptz insists).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
