using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunLift.Data.Accounts;

namespace RunLift.Data.Names;

/// <summary>
/// An athlete's own reading of one of their exercise names ("Flat DB Bench" is the dumbbell bench press), chosen once
/// in the web app and applied to their later imports and audits.
/// </summary>
public sealed class ExerciseNameChoice
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose reading it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>The name as their app writes it.</summary>
    public required string Name { get; set; }

    /// <summary>The name's match key (lower case, punctuation as spaces): one reading per name however it is capitalised.</summary>
    public required string NameKey { get; set; }

    /// <summary>The catalog id it is read as.</summary>
    public required string ExerciseId { get; set; }

    /// <summary>When it was chosen (UTC).</summary>
    public DateTime ChosenAt { get; set; }
}

internal sealed class ExerciseNameChoiceConfiguration : IEntityTypeConfiguration<ExerciseNameChoice>
{
    public void Configure(EntityTypeBuilder<ExerciseNameChoice> builder)
    {
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.AccountId, c.NameKey }).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(ExerciseNames.MaxNameLength);
        builder.Property(c => c.NameKey).HasMaxLength(ExerciseNames.MaxNameLength);
        builder.Property(c => c.ExerciseId).HasMaxLength(100);
    }
}
