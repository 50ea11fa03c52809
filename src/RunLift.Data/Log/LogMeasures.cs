using Microsoft.EntityFrameworkCore;
using RunLift.Progress;

namespace RunLift.Data.Log;

/// <summary>
/// The domain's measures of a logged session, stored beside it when its sets are written, so that progress queries sum and
/// compare stored numbers instead of working the formulas out again in SQL: each set's estimated 1RM, the session's
/// estimated length, mean working RPE and volume load.
/// </summary>
public static class LogMeasures
{
    // Sessions are measured this many at a time when rows written before the measures existed are filled in.
    private const int BackfillBatch = 500;

    /// <summary>Measures <paramref name="session"/> from its sets (in their order) and stores the results on it and them.</summary>
    public static void Measure(LoggedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sets = session.Sets.OrderBy(s => s.Position).ToList();
        var exercises = TrainingLog.ToExercises(sets);
        var measures = SessionMeasures.Of(exercises.Select(e => e.Sets));
        session.EstimatedSeconds = (int)Math.Round(measures.EstimatedLength.TotalSeconds);
        session.MeanWorkingRpe = measures.MeanWorkingRpe;
        session.VolumeKg = measures.VolumeKg;
        var performed = exercises.SelectMany(e => e.Sets).ToList();
        for (var i = 0; i < sets.Count; i++)
        {
            sets[i].EstimatedOneRepMaxKg = OneRepMax.EstimateOf(performed[i])?.Kilograms;
        }
    }

    /// <summary>Measures the sessions stored before the measures were (their <see cref="LoggedSession.EstimatedSeconds"/> is null); returns how many.</summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var measured = 0;
        while (true)
        {
            var batch = await db.Sessions.Include(s => s.Sets).Where(s => s.EstimatedSeconds == null).OrderBy(s => s.Id).Take(BackfillBatch).ToListAsync(cancellation);
            if (batch.Count == 0)
            {
                return measured;
            }

            batch.ForEach(Measure);
            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
            measured += batch.Count;
        }
    }
}
