using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RunLift.Catalog;
using RunLift.Data.Log;
using RunLift.Progress;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Data.Tests.Log;

/// <summary>The domain's measures are stored with the sessions they measure, on every way in, and filled in for older rows.</summary>
public sealed class LogMeasuresTests
{
    private const string AccountId = AthleteDatabase.AccountId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportedSessions_StoreTheDomainsMeasures_OfEachSessionAndSet(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var hevy = new ImportFile("hevy.csv", File.OpenRead(SharedFiles.Path("fixtures/csv/sample_hevy.csv")));
            var outcome = await LogImport.ImportAsync(db, ExerciseCatalog.Default, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
                AccountId, [hevy], new ImportOptions(), Cancel);
            outcome.Error.ShouldBeNull();
        }

        await using var read = database.NewContext();
        var sessions = await read.Sessions.Include(s => s.Sets).ToListAsync(Cancel);
        sessions.Count.ShouldBeGreaterThan(10);
        var estimated = 0;
        foreach (var session in sessions)
        {
            var exercises = TrainingLog.ToExercises(session.Sets.OrderBy(s => s.Position));
            var measures = SessionMeasures.Of(exercises.Select(e => e.Sets));
            session.EstimatedSeconds.ShouldBe((int)Math.Round(measures.EstimatedLength.TotalSeconds));
            session.MeanWorkingRpe.ShouldBe(measures.MeanWorkingRpe);
            session.VolumeKg.ShouldNotBeNull().ShouldBe(measures.VolumeKg, 1e-9);
            var performed = exercises.SelectMany(e => e.Sets).ToList();
            foreach (var (set, done) in session.Sets.OrderBy(s => s.Position).Zip(performed))
            {
                set.EstimatedOneRepMaxKg.ShouldBe(OneRepMax.EstimateOf(done)?.Kilograms);
                estimated += set.EstimatedOneRepMaxKg is null ? 0 : 1;
            }
        }

        estimated.ShouldBeGreaterThan(0, "a real export has loaded sets of 1–10 reps");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backfill_MeasuresSessionsStoredBeforeTheMeasures_Once(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            // As a row written before the measures existed: no measures on the session or its sets.
            db.Sessions.Add(new LoggedSession
            {
                AccountId = AccountId, Date = new DateOnly(2026, 11, 30), WeekStart = new DateOnly(2026, 11, 30), Name = "Legs",
                Sets =
                [
                    new LoggedSet { Position = 0, ExerciseName = "Back Squat", ExerciseId = "back-squat", Reps = 5, LoadKg = 100, Rpe = 8, RestSeconds = 180 },
                    new LoggedSet { Position = 1, ExerciseName = "Back Squat", ExerciseId = "back-squat", Kind = SetKind.Warmup, Reps = 5, LoadKg = 40 },
                    new LoggedSet { Position = 2, ExerciseName = "Push-Up", ExerciseId = "push-up", Reps = 12, Bodyweight = true },
                ],
            });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.NewContext())
        {
            (await LogMeasures.BackfillAsync(db, Cancel)).ShouldBe(1);
            (await LogMeasures.BackfillAsync(db, Cancel)).ShouldBe(0);
        }

        await using var read = database.NewContext();
        var session = await read.Sessions.Include(s => s.Sets).SingleAsync(Cancel);
        session.VolumeKg.ShouldBe(500);
        session.MeanWorkingRpe.ShouldBe(8);
        session.EstimatedSeconds.ShouldBe(300 + (5 * 4) + 180 + (5 * 4) + 90 + (12 * 4) + 90);
        session.Sets.OrderBy(s => s.Position).Select(s => s.EstimatedOneRepMaxKg).ShouldBe([100 * (1 + 5 / 30.0), null, null]);
    }
}
