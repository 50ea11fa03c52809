using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunLift.Data.Accounts;

namespace RunLift.Data.Auditing;

internal sealed class AuditSnapshotConfiguration : IEntityTypeConfiguration<AuditSnapshot>
{
    public void Configure(EntityTypeBuilder<AuditSnapshot> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.AccountId, s.WeekStart }).IsUnique();
        builder.Property(s => s.RuleIds).HasMaxLength(400);
    }
}
