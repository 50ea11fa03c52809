namespace RunLift.Testing;

/// <summary>Small dated logs (routine documents) for tests of imports and archives.</summary>
public static class SampleLogs
{
    /// <summary>One strength session and, the next day, a long run.</summary>
    public const string SessionAndLongRun = """
        sessions:
          - name: Strength A
            date: 2026-03-03
            time: "18:00"
            exercises:
              - Back Squat 3x5 @ 100 kg
        runs:
          - 2026-03-04 long 1h40min am
        """;
}
