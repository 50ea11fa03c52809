using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Accounts;
using RunLift.Data.Auditing;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Benchmarks;

/// <summary>
/// <c>seed-athlete --provider sqlite|postgres --connection CS [--email E] [--password P] [--years N]</c>: creates an
/// account (which can sign in with the password) whose log holds <c>N</c> years (default 10) of training up to
/// this week: 3 strength sessions a week of about 38 sets (≈ 60,000 sets in 10 years), 4–5 runs a week, an audit
/// snapshot a week, races, a running week and a saved plan that covers this week. Deterministic apart from the
/// dates, which end today. Written through <see cref="AppDbContext"/> a year at a time, with change detection off.
/// </summary>
internal static class AthleteSeeder
{
    public const string DefaultEmail = "tenyears@example.com";
    public const string DefaultPassword = "correct horse battery";

    // The main lifts, a session's worth each: (id, name, starting kg, kg gained a year, sets, reps).
    private static readonly (string Id, string Name, double Start, double PerYear, int Sets, int Reps)[][] Sessions =
    [
        [("back-squat", "Squat (Barbell)", 60, 8, 5, 5), ("bench-press", "Bench Press (Barbell)", 45, 4, 5, 5), ("barbell-row", "Bent Over Row (Barbell)", 40, 4, 5, 6),
            ("bulgarian-split-squat", "Bulgarian Split Squat", 12, 2, 4, 8), ("calf-raise", "Standing Calf Raise", 40, 4, 4, 12), ("box-jump", "Box Jump", 0, 0, 4, 5), ("plank", "Plank", 0, 0, 4, 1)],
        [("deadlift", "Deadlift (Barbell)", 80, 10, 5, 4), ("overhead-press", "Overhead Press (Barbell)", 30, 3, 5, 5), ("pull-up", "Pull Up", 0, 0, 5, 6),
            ("romanian-deadlift", "Romanian Deadlift (Barbell)", 50, 6, 4, 8), ("single-leg-calf-raise", "Single Leg Calf Raise", 10, 2, 4, 12), ("pogo-hops", "Pogo Hops", 0, 0, 4, 10), ("dead-bug", "Dead Bug", 0, 0, 4, 10)],
        [("front-squat", "Front Squat (Barbell)", 50, 6, 5, 5), ("dumbbell-bench-press", "Dumbbell Bench Press", 18, 2, 5, 8), ("dumbbell-row", "Dumbbell Row", 20, 2, 5, 8),
            ("step-up", "Step Up", 10, 2, 4, 8), ("calf-raise", "Standing Calf Raise", 40, 4, 4, 12), ("bounds", "Bounds", 0, 0, 4, 6), ("pallof-press", "Pallof Press", 0, 0, 4, 10)],
    ];

    private static readonly string[] Rules = ["RL101", "RL102", "RL103", "RL104", "RL201", "RL202", "RL204", "RL401", "RL503", "RL505"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        var provider = options.GetValueOrDefault("provider", "sqlite").ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
            var other => throw new ArgumentException($"--provider must be sqlite or postgres, not {other}"),
        };
        var connection = options.GetValueOrDefault("connection")
            ?? throw new ArgumentException("--connection is required (e.g. 'Data Source=/tmp/bench.db')");
        var email = options.GetValueOrDefault("email", DefaultEmail);
        var years = int.Parse(options.GetValueOrDefault("years", "10"), CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        await using var db = Context(provider, connection);
        await db.Database.MigrateAsync();
        // The seeded athlete has no time zone: the app reads their days in UTC.
        var today = AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);
        var (accountId, sets) = await SeedAsync(db, email, options.GetValueOrDefault("password", DefaultPassword), years, today);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{email} ({accountId}): {sets:N0} sets over {years} years on {provider} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    public static AppDbContext Context(DatabaseProvider provider, string connection)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(provider, connection).Configure(builder);
        return new AppDbContext(builder.Options);
    }

    /// <summary>Adds the account and its log; returns its id and the number of sets written.</summary>
    public static async Task<(string AccountId, int Sets)> SeedAsync(AppDbContext db, string email, string password, int years, DateOnly today)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(42);
        var account = new Account
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = "Ten Years",
            CreatedAt = DateTime.SpecifyKind(today.AddYears(-years).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, password);
        var id = account.Id;
        db.Add(account);
        db.Add(new Profile
        {
            AccountId = id,
            Experience = Experience.Advanced,
            BodyweightKg = 68,
            RunningWeek =
            [
                new WeeklyRun { Day = DayOfWeek.Monday, Kind = RunKind.Easy, Minutes = 45 },
                new WeeklyRun { Day = DayOfWeek.Tuesday, Kind = RunKind.Intervals, Minutes = 70, Time = "am" },
                new WeeklyRun { Day = DayOfWeek.Thursday, Kind = RunKind.Tempo, Minutes = 60, Time = "am" },
                new WeeklyRun { Day = DayOfWeek.Saturday, Kind = RunKind.Easy, Minutes = 40 },
                new WeeklyRun { Day = DayOfWeek.Sunday, Kind = RunKind.Long, Minutes = 120, Time = "am" },
            ],
            UpdatedAt = DateTime.SpecifyKind(today.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        });
        var thisMonday = IsoWeek.MondayOf(today);
        for (var y = -years; y <= 1; y++)
        {
            db.Add(new RaceEntry { AccountId = id, Date = thisMonday.AddDays(y * 364 + 40), Name = $"Spring half {y}", DistanceMeters = 21097.5, Priority = RacePriority.B });
            db.Add(new RaceEntry { AccountId = id, Date = thisMonday.AddDays(y * 364 + 125), Name = $"Marathon {y}", DistanceMeters = 42195, Priority = RacePriority.A });
        }

        // A 20-week block every half year, as a runner who plans each season would have saved, and the current one.
        for (var start = thisMonday.AddDays(-7 * 52 * years); start < thisMonday.AddDays(-28 - (7 * 20)); start = start.AddDays(7 * 26))
        {
            db.Add(PlanFor(id, start, $"Block from {start:yyyy-MM-dd}", thisMonday));
        }

        db.Add(PlanFor(id, thisMonday.AddDays(-28), "Marathon block", thisMonday));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var totalSets = 0;
        var firstMonday = thisMonday.AddDays(-7 * (52 * years - 1));
        for (var monday = firstMonday; monday <= thisMonday; monday = monday.AddDays(7))
        {
            var week = (monday.DayNumber - firstMonday.DayNumber) / 7;
            var yearsIn = week / 52.0;
            var deload = week % 4 == 3;
            for (var s = 0; s < 3; s++)
            {
                var date = monday.AddDays(s * 2);
                if (date > today)
                {
                    break;
                }

                var session = new LoggedSession
                {
                    AccountId = id,
                    Date = date,
                    WeekStart = monday,
                    StartedAt = DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(17, 30)), DateTimeKind.Utc),
                    Name = $"Strength {(char)('A' + s)}",
                    DurationMinutes = random.Next(10) < 7 ? 45 + random.Next(25) : null,
                    SessionRpe = random.Next(10) < 3 ? 6 + random.Next(4) : null,
                    Source = random.Next(10) < 8 ? LogSource.Hevy : LogSource.Manual,
                    ImportKey = $"hevy:{date:yyyy-MM-dd}:{s}",
                };
                var position = 0;
                foreach (var lift in Sessions[s])
                {
                    var kg = lift.Start == 0 ? (double?)null : Math.Round((lift.Start + lift.PerYear * yearsIn) * (deload ? 0.85 : 1) / 2.5) * 2.5;
                    if (kg is not null)
                    {
                        foreach (var warmup in new[] { 0.5, 0.7 })
                        {
                            session.Sets.Add(Set(lift, position++, SetKind.Warmup, lift.Reps, Math.Round(kg.Value * warmup / 2.5) * 2.5, null, random));
                        }
                    }

                    var sets = deload ? lift.Sets - 2 : lift.Sets;
                    for (var i = 0; i < sets; i++)
                    {
                        session.Sets.Add(Set(lift, position++, SetKind.Working, lift.Reps - (i == sets - 1 ? random.Next(2) : 0), kg, 6.5 + random.Next(6) * 0.5, random));
                    }
                }

                totalSets += session.Sets.Count;
                LogMeasures.Measure(session);
                db.Add(session);
            }

            for (var r = 0; r < 5; r++)
            {
                var date = monday.AddDays(r switch { 0 => 0, 1 => 1, 2 => 3, 3 => 5, _ => 6 });
                if (date > today || (r == 3 && random.Next(2) == 0))
                {
                    continue;
                }

                var kind = r switch { 1 => RunKind.Intervals, 2 => RunKind.Tempo, 4 => RunKind.Long, _ => RunKind.Easy };
                var minutes = kind switch { RunKind.Long => 90 + random.Next(60), RunKind.Easy => 35 + random.Next(20), _ => 55 + random.Next(20) };
                db.Add(new LoggedRun
                {
                    AccountId = id,
                    Date = date,
                    WeekStart = monday,
                    Kind = kind,
                    DurationSeconds = minutes * 60,
                    DistanceMeters = minutes * 60 / 5.2 * 1.0,
                    Source = LogSource.Device,
                    ImportKey = $"fit:{date:yyyy-MM-dd}:{r}",
                });
            }

            if (monday < thisMonday || today.DayOfWeek != DayOfWeek.Monday)
            {
                db.Add(Snapshot(id, monday, random, today));
            }

            // A year at a time: the change tracker stays small and each save is one transaction of batched inserts.
            if (week % 52 == 51 || monday == thisMonday)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        return (id, totalSets);
    }

    private static LoggedSet Set((string Id, string Name, double Start, double PerYear, int Sets, int Reps) lift, int position, SetKind kind, int reps, double? kg, double? rpe, Random random) => new()
    {
        Position = position,
        ExerciseName = lift.Name,
        ExerciseId = lift.Id,
        Kind = kind,
        Reps = reps,
        LoadKg = kg,
        Bodyweight = kg is null,
        Rpe = random.Next(10) < 8 ? rpe : null,
        RestSeconds = kind == SetKind.Warmup ? 60 : random.Next(10) < 5 ? 150 + random.Next(4) * 30 : null,
        PerSide = lift.Id is "bulgarian-split-squat" or "step-up" or "single-leg-calf-raise",
    };

    private static AuditSnapshot Snapshot(string accountId, DateOnly monday, Random random, DateOnly today)
    {
        var rules = Rules.Where(_ => random.Next(10) < 2).ToList();
        var findings = rules.Select(r => new
        {
            id = r,
            name = r,
            severity = r is "RL103" or "RL104" ? "error" : r is "RL204" or "RL401" ? "info" : "warning",
            mistake = "overdoing-it",
            message = $"{r} fired in the week of {monday:yyyy-MM-dd}.",
            weeks = 1,
            evidence = Array.Empty<object>(),
            fix = "Fix it.",
            swaps = Array.Empty<object>(),
        }).ToList();
        var report = new
        {
            source = new[] { "log" },
            window = new { from = monday.AddDays(-49).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = monday.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), weeks = 8 },
            summary = new
            {
                errors = findings.Count(f => f.severity == "error"),
                warnings = findings.Count(f => f.severity == "warning"),
                infos = findings.Count(f => f.severity == "info"),
                sessions = 24,
                workingSets = 700,
            },
            findings,
        };
        return new AuditSnapshot
        {
            AccountId = accountId,
            WeekStart = monday,
            Errors = report.summary.errors,
            Warnings = report.summary.warnings,
            Infos = report.summary.infos,
            RuleIds = string.Join(' ', rules),
            ReportJson = JsonSerializer.Serialize(report),
            ComputedAt = DateTime.SpecifyKind((monday < IsoWeek.MondayOf(today) ? monday.AddDays(7) : today).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        };
    }

    /// <summary>A real plan from the planner, from <paramref name="start"/>: an A marathon 18 weeks after it.</summary>
    private static SavedPlan PlanFor(string accountId, DateOnly start, string name, DateOnly thisMonday)
    {
        var request = new StringBuilder()
            .AppendLine("units: kg")
            .AppendLine("athlete: { experience: advanced, bodyweight: 68 kg, maxes: { Back Squat: 140 kg, Deadlift: 170 kg } }")
            .AppendLine("running: { mon: easy 45min, tue: intervals 70min am, thu: tempo 60min am, sat: easy 40min, sun: long 2h am }")
            .AppendLine(CultureInfo.InvariantCulture, $"races: [ {{ date: {start.AddDays(13 * 7 + 6):yyyy-MM-dd}, distance: half, priority: B }}, {{ date: {start.AddDays(18 * 7 + 6):yyyy-MM-dd}, distance: marathon, priority: A }} ]")
            .AppendLine(CultureInfo.InvariantCulture, $"plan: {{ start: {start:yyyy-MM-dd}, max-session-minutes: 50, equipment: full gym }}")
            .ToString();
        var plan = new Planner(ExerciseCatalog.Default).Plan(PlanRequestReader.Parse("request", request, thisMonday));
        var created = DateTime.SpecifyKind(start.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        return new SavedPlan
        {
            AccountId = accountId,
            Name = name,
            Start = start,
            End = plan.Weeks[^1].Start.AddDays(6),
            RequestYaml = request,
            PlanJson = PlanJsonWriter.ToJson(plan),
            CreatedAt = created,
            UpdatedAt = created,
        };
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
