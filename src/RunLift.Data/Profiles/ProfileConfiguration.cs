using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunLift.Data.Accounts;

namespace RunLift.Data.Profiles;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.HasKey(p => p.AccountId);
        builder.HasOne<Account>().WithOne().HasForeignKey<Profile>(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.PrimitiveCollection(p => p.Equipment).ElementType(e => e.HasConversion<string>());
        builder.Property(p => p.TimeZone).HasMaxLength(ProfileTimeZone.MaxLength);

        // Maxes and the running week are read and written with the profile, never queried alone: JSON columns.
        builder.OwnsMany(p => p.Maxes, maxes =>
        {
            maxes.ToJson();
            maxes.Property(m => m.Exercise).HasMaxLength(200);
        });
        builder.OwnsMany(p => p.RunningWeek, week =>
        {
            week.ToJson();
            week.Property(r => r.Time).HasMaxLength(5);
        });
    }
}

internal sealed class RaceEntryConfiguration : IEntityTypeConfiguration<RaceEntry>
{
    public void Configure(EntityTypeBuilder<RaceEntry> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.AccountId, r.Date });
        builder.Property(r => r.Name).HasMaxLength(200);
    }
}
