namespace RunLift.Formats.Fit;

/// <summary>FIT <c>date_time</c>: seconds since 1989-12-31T00:00:00Z.</summary>
internal static class FitTime
{
    /// <summary>The FIT epoch.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Values below this are seconds since the device powered up, not since the epoch.</summary>
    public const uint MinimumAbsolute = 0x10000000;

    /// <summary>The moment a <c>date_time</c> value names, or null for an invalid or device-relative value.</summary>
    public static DateTimeOffset? ToDateTime(uint value) =>
        value is < MinimumAbsolute or uint.MaxValue ? null : Epoch.AddSeconds(value);

    /// <summary>The <c>date_time</c> value of <paramref name="moment"/> (whole seconds, rounded down).</summary>
    /// <exception cref="ArgumentOutOfRangeException">before 1998 or after 2126, which a FIT date cannot hold.</exception>
    public static uint FromDateTime(DateTimeOffset moment)
    {
        var seconds = (long)Math.Floor((moment - Epoch).TotalSeconds);
        if (seconds is < MinimumAbsolute or >= uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(moment), moment, "A FIT date lies between 1998 and 2126.");
        }

        return (uint)seconds;
    }
}
