using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunLift.Data.Accounts;

namespace RunLift.Data.Coaching;

internal sealed class CoachLinkConfiguration : IEntityTypeConfiguration<CoachLink>
{
    public void Configure(EntityTypeBuilder<CoachLink> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.AthleteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.AthleteEmail);
        builder.Property(l => l.AthleteEmail).HasMaxLength(256);
    }
}
