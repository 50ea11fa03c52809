using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunLift.Data.Accounts;
using RunLift.Data.Plans;

namespace RunLift.Data.Log;

internal sealed class LoggedSessionConfiguration : IEntityTypeConfiguration<LoggedSession>
{
    public void Configure(EntityTypeBuilder<LoggedSession> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SavedPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Import>().WithMany().HasForeignKey(s => s.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Sets).WithOne().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.AccountId, s.Date });
        builder.HasIndex(s => new { s.AccountId, s.WeekStart });
        builder.HasIndex(s => new { s.AccountId, s.ImportKey }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ImportKey).HasMaxLength(300);
        builder.Property(s => s.Notes).HasMaxLength(4000);
    }
}

internal sealed class SessionCommentConfiguration : IEntityTypeConfiguration<SessionComment>
{
    public void Configure(EntityTypeBuilder<SessionComment> builder)
    {
        builder.HasOne<LoggedSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SessionId, c.Id });
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.Text).HasMaxLength(SessionComment.MaxTextLength);
    }
}

internal sealed class LoggedSetConfiguration : IEntityTypeConfiguration<LoggedSet>
{
    public void Configure(EntityTypeBuilder<LoggedSet> builder)
    {
        builder.HasIndex(s => new { s.SessionId, s.Position });
        builder.Property(s => s.ExerciseName).HasMaxLength(200);
        builder.Property(s => s.ExerciseId).HasMaxLength(100);
    }
}

internal sealed class LoggedRunConfiguration : IEntityTypeConfiguration<LoggedRun>
{
    public void Configure(EntityTypeBuilder<LoggedRun> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Import>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.AccountId, r.Date });
        builder.HasIndex(r => new { r.AccountId, r.ImportKey }).IsUnique();
        builder.Property(r => r.ImportKey).HasMaxLength(300);
        builder.Property(r => r.KindBasis).HasMaxLength(MaxKindBasisLength);
    }

    /// <summary>Room for the longest basis RunLift writes, with some to spare.</summary>
    internal const int MaxKindBasisLength = 300;
}

internal sealed class LoggedCrossTrainingConfiguration : IEntityTypeConfiguration<LoggedCrossTraining>
{
    public void Configure(EntityTypeBuilder<LoggedCrossTraining> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Import>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.AccountId, c.WeekStart });
        builder.HasIndex(c => new { c.AccountId, c.ImportKey }).IsUnique();
        builder.Property(c => c.Sport).HasMaxLength(Training.CrossTraining.MaxSportLength);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ImportKey).HasMaxLength(300);
    }
}

internal sealed class ImportConfiguration : IEntityTypeConfiguration<Import>
{
    public void Configure(EntityTypeBuilder<Import> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.AccountId, i.ContentSha256 }).IsUnique();
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Format).HasMaxLength(20);
        builder.Property(i => i.ContentSha256).HasMaxLength(64).IsFixedLength();
    }
}
