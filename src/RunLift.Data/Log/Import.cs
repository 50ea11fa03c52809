namespace RunLift.Data.Log;

/// <summary>A file imported into the log, kept so that importing the same file again adds nothing.</summary>
public sealed class Import
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Who imported it.</summary>
    public required string AccountId { get; set; }

    /// <summary>The file's name as uploaded.</summary>
    public required string FileName { get; set; }

    /// <summary>What the file was read as (hevy, strong, routine...).</summary>
    public required string Format { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex: unique per athlete.</summary>
    public required string ContentSha256 { get; set; }

    /// <summary>When it was imported (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>Sessions added by this import.</summary>
    public int SessionsAdded { get; set; }

    /// <summary>Sets added by this import.</summary>
    public int SetsAdded { get; set; }

    /// <summary>Runs added by this import.</summary>
    public int RunsAdded { get; set; }

    /// <summary>Cross-training (rides, swims...) added by this import.</summary>
    public int CrossTrainingAdded { get; set; }

    /// <summary>Sessions, runs and cross-training in the file that were already in the log.</summary>
    public int Skipped { get; set; }
}
