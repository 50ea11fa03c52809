using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using RunLift.Formats;
using RunLift.Formats.Zip;

namespace RunLift.Web.Operations;

/// <summary>
/// What one request may make the readers do, in all its files (<c>Limits:Audit</c> for the check page and
/// <c>POST /api/v1/audit</c>, which anyone may call; <c>Limits:Import</c> for imports into a signed-in athlete's log):
/// rows, sessions, sets and runs, seconds of reading, and for zips the bytes unpacked and the bytes of zips inside
/// them spooled to temporary files. Over a limit is 413 ProblemDetails naming it.
/// </summary>
internal sealed class ReadLimitSettings
{
    public const string Audit = "Audit";
    public const string Import = "Import";

    [Range(1, int.MaxValue)]
    public int MaxRows { get; set; } = ReadLimits.Default.MaxRows;

    [Range(1, int.MaxValue)]
    public int MaxSessions { get; set; } = ReadLimits.Default.MaxSessions;

    [Range(1, int.MaxValue)]
    public int MaxSets { get; set; } = ReadLimits.Default.MaxSets;

    [Range(1, int.MaxValue)]
    public int MaxRuns { get; set; } = ReadLimits.Default.MaxRuns;

    [Range(1, 86_400)]
    public int MaxSeconds { get; set; }

    [Range(1, long.MaxValue)]
    public long MaxUnpackedBytes { get; set; }

    [Range(1, long.MaxValue)]
    public long MaxTemporaryBytes { get; set; }

    /// <summary>The limits as the readers take them.</summary>
    public ReadLimits Reading => new()
    {
        MaxRows = MaxRows,
        MaxSessions = MaxSessions,
        MaxSets = MaxSets,
        MaxRuns = MaxRuns,
        MaxDuration = TimeSpan.FromSeconds(MaxSeconds),
    };

    /// <summary>What a zip may unpack to under these limits.</summary>
    public ArchiveLimits Archives => ArchiveLimits.Default with { MaxTotalBytes = MaxUnpackedBytes, MaxTemporaryBytes = MaxTemporaryBytes };

    /// <summary>A budget of these limits for one request, stopped when <paramref name="cancellation"/> is (the client went away).</summary>
    public ReadBudget Budget(TimeProvider time, CancellationToken cancellation) => new(Reading, time, cancellation);
}

internal static class ReadLimitOptions
{
    public static IServiceCollection AddReadLimits(this IServiceCollection services)
    {
        // Anyone may audit: a few seconds and a few hundred megabytes unpacked are far more than a real export needs.
        Add(services, ReadLimitSettings.Audit, seconds: 10, unpacked: 256L << 20, temporary: 128L << 20);

        // An import may be a Garmin Connect export of many years: minutes, and its inner zips as large as the upload.
        Add(services, ReadLimitSettings.Import, seconds: 600, unpacked: 4L << 30, temporary: 1L << 30);
        return services;
    }

    /// <summary>The limits named <paramref name="name"/> (<see cref="ReadLimitSettings.Audit"/> or <see cref="ReadLimitSettings.Import"/>).</summary>
    public static ReadLimitSettings Of(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<ReadLimitSettings>>().Get(name);

    private static void Add(IServiceCollection services, string name, int seconds, long unpacked, long temporary) =>
        services.AddOptions<ReadLimitSettings>(name)
            .Configure(limits => (limits.MaxSeconds, limits.MaxUnpackedBytes, limits.MaxTemporaryBytes) = (seconds, unpacked, temporary))
            .BindConfiguration("Limits:" + name)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
