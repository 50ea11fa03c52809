namespace RunLift.Formats.Fit;

/// <summary>Choices for decoding FIT files.</summary>
public sealed record FitDecodeOptions
{
    /// <summary>The defaults: a bad CRC is an error.</summary>
    public static FitDecodeOptions Default { get; } = new();

    /// <summary>
    /// Read a file whose header CRC or file CRC does not match its content instead of refusing it; the mismatch is
    /// reported as a warning. The damage may be anywhere, so values read from such a file may be wrong.
    /// </summary>
    public bool IgnoreCrc { get; init; }
}
