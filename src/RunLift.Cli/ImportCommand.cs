using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using RunLift.Catalog;
using RunLift.Data.Log;
using RunLift.Data.Profiles;
using RunLift.English;
using RunLift.Formats;
using RunLift.Formats.Config;
using RunLift.Formats.Zip;
using RunLift.Training;
using Spectre.Console;

namespace RunLift.Cli;

/// <summary>
/// <c>runlift import FILE... [--account EMAIL] [--preview] [--database FILE]</c>: exports, device files and archives
/// into the web app's training log, all files in one transaction (<see cref="LogImport"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(ExerciseCatalog catalog, TimeProvider time, IConfiguration configuration, bool progressBar)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Hevy, Strong, FitNotes or Strava exports, FIT, GPX or TCX files, dated logs (YAML/JSON), zips of them (a Garmin Connect or Strava export), a Strava export unpacked (its folder).",
            Arity = ArgumentArity.OneOrMore,
        };
        var account = LogDatabase.AccountOption();
        var preview = new Option<bool>("--preview") { Description = "Say what would be imported, and write nothing." };
        var database = LogDatabase.DatabaseOption();
        var names = AuditCommand.NamesOption();
        var strict = AuditCommand.StrictOption();
        var timeZone = TimeZoneOption.Create("the account's profile zone, else this machine's zone");
        var command = new Command("import", "Import workouts and runs into the training log of the web app's database.")
        {
            files, account, preview, database, names, strict, timeZone,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var given = parse.GetRequiredValue(files);
            var isPreview = parse.GetValue(preview);
            var streams = new List<FileStream>();
            var unopened = new List<InputException>();
            var paths = new List<string>();
            try
            {
                foreach (var path in given)
                {
                    try
                    {
                        streams.Add(TrainingFiles.Open(path));
                        paths.Add(path);
                    }
                    catch (InputException e)
                    {
                        unopened.Add(e);
                    }
                }

                // A preview says what became of each file and goes on with the others; an import takes all or nothing.
                if (unopened.Count > 0 && (!isPreview || paths.Count == 0))
                {
                    InputErrors.Write(error, unopened);
                    return ExitCodes.BadInput;
                }

                // A preview writes nothing, not even an empty database where there was none.
                await using var store = await LogDatabase.OpenAsync(configuration, parse.GetValue(database), create: !isPreview, cancellation);
                var (accountId, problem) = await store.AccountAsync(parse.GetValue(account), cancellation);
                if (accountId is null)
                {
                    error.WriteLine($"runlift import: {problem}");
                    return ExitCodes.BadInput;
                }

                await using var db = store.NewContext();
                // A folder is a Strava export unpacked: its activities.csv names the recordings beside it.
                var import = new List<ImportFile>(paths.Select((path, i) => new ImportFile(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), streams[i])
                {
                    Companions = Directory.Exists(path) ? TrainingFiles.CompanionsIn(path) : null,
                }));
                var mapping = parse.GetValue(names) is { } namesPath ? NameMappingReader.Read(namesPath, catalog) : NameMapping.Empty;
                var zone = parse.Given(timeZone) ?? await ProfileTimeZone.FindAsync(db, accountId, cancellation) ?? time.LocalTimeZone;
                Task<ImportOutcome> Run(IProgress<ImportProgress>? progress) => LogImport.ImportAsync(
                    db, catalog, time, accountId, import,
                    new ImportOptions { Preview = isPreview, Progress = progress, Names = mapping, Strict = parse.GetValue(strict), TimeZone = zone },
                    cancellation);
                var outcome = progressBar ? await WithProgressBarAsync(error, Run) : await Run(null);

                switch (outcome)
                {
                    case { Results.Count: 0, Error: { } input }:
                        InputErrors.Write(error, [.. unopened, .. outcome.Unreadable.DefaultIfEmpty(input)]);
                        error.WriteLine("runlift import: nothing was imported.");
                        return ExitCodes.BadInput;
                    case { Conflict: true }:
                        error.WriteLine("runlift import: another import of the same workouts finished first; nothing was imported. Run it again to add what is new.");
                        return ExitCodes.NotDone;
                }

                foreach (var result in outcome.Results)
                {
                    Print(output, result);
                }

                if (!isPreview)
                {
                    return ExitCodes.Clean;
                }

                output.WriteLine("Nothing was written (--preview).");
                if (unopened.Count + outcome.Unreadable.Count == 0)
                {
                    return ExitCodes.Clean;
                }

                InputErrors.Write(error, [.. unopened, .. outcome.Unreadable]);
                error.WriteLine($"runlift import: {Plural.Count(unopened.Count + outcome.Unreadable.Count, "file")} of {given.Length} could not be read: " +
                    "an import of them all would import nothing. Leave them out, or correct them.");
                return ExitCodes.BadInput;
            }
            catch (InputException e)
            {
                InputErrors.Write(error, e);
                return ExitCodes.BadInput;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                error.WriteLine("runlift import: cancelled; nothing was imported.");
                return ExitCodes.Cancelled;
            }
            catch (DbException e)
            {
                error.WriteLine($"runlift import: the database cannot be used: {e.Message}");
                return ExitCodes.NotDone;
            }
            finally
            {
                foreach (var stream in streams)
                {
                    await stream.DisposeAsync();
                }
            }
        });
        return command;
    }

    /// <summary>A bar on standard error while the files are read (only for a person at a terminal).</summary>
    private static Task<ImportOutcome> WithProgressBarAsync(TextWriter error, Func<IProgress<ImportProgress>, Task<ImportOutcome>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => run(new Bar(context.AddTask("Reading", maxValue: 1))));
    }

    /// <summary>Prints what an import did (or would do): counts, then the archive's skipped files by reason.</summary>
    internal static void Print(TextWriter output, ImportResult result)
    {
        var verb = result.Preview ? "would add" : "added";
        if (result.AlreadyImported)
        {
            output.WriteLine($"{result.FileName} ({result.Format}): imported before; nothing to add.");
        }
        else
        {
            output.WriteLine(
                $"{result.FileName} ({result.Format}): {verb} {Plural.Count(result.SessionsAdded, "session")} ({Plural.Count(result.SetsAdded, "set")}) " +
                $"and {Plural.Count(result.RunsAdded, "run")}" +
                (result.CrossTraining.Count > 0 ? $", {result.CrossTrainingAdded:N0} cross-training (counted in the week's load, not as runs)" : "") +
                $"; {result.Skipped:N0} already in the log.");
        }

        if (result.Archive is { } archive)
        {
            output.WriteLine($"  {archive.Imported:N0} of {Plural.Count(archive.Files, "file")} imported, {archive.Skipped:N0} skipped.");
            foreach (var skip in archive.Skips)
            {
                output.WriteLine($"  {skip.Description} ({skip.Count:N0}):");
                foreach (var file in skip.Files)
                {
                    output.WriteLine($"    {file.Name}: {file.Detail}");
                }

                if (skip.Count > skip.Files.Count)
                {
                    output.WriteLine($"    … and {skip.Count - skip.Files.Count:N0} more");
                }
            }
        }

        if (result.UnresolvedExercises.Count > 0)
        {
            output.WriteLine($"  Not in the exercise catalog (kept as written): {string.Join(", ", result.UnresolvedExercises)}");
        }

        foreach (var left in result.LeftOut.Take(LeftOutShown))
        {
            output.WriteLine($"  Left out: {left}");
        }

        if (result.LeftOut.Count > LeftOutShown)
        {
            output.WriteLine($"  … and {result.LeftOut.Count - LeftOutShown:N0} more left out.");
        }

        var guessed = result.Exercises.Where(e => e.ResolvedBy == MatchKind.Fuzzy).ToList();
        if (guessed.Count > 0)
        {
            output.WriteLine($"  Read as the closest catalog name (if one is wrong, map it with --names FILE): {string.Join(", ", guessed.Select(e => $"{e.Name} → {e.Id}"))}");
        }

        if (result.Preview)
        {
            PrintRuns(output, result.Runs);
        }
    }

    /// <summary>Key runs shown with how each kind was decided, so the user can check them before importing; the other runs counted by kind.</summary>
    private static void PrintRuns(TextWriter output, IReadOnlyList<ImportedRun> runs)
    {
        var key = runs.Where(r => new Run(r.Kind) { Duration = TimeSpan.FromSeconds(r.DurationSeconds) }.IsKey).OrderBy(r => r.Date).ToList();
        if (key.Count > 0)
        {
            output.WriteLine($"  Key runs ({key.Count:N0} of {Plural.Count(runs.Count, "run")}):");
            foreach (var run in key.Take(KeyRunsShown))
            {
                var why = run.KindBasis is { } basis ? $" · {basis}" : "";
                output.WriteLine($"    {run.Date:yyyy-MM-dd} {run.Kind.Name()}, {run.DurationSeconds / 60} min{why}");
            }

            if (key.Count > KeyRunsShown)
            {
                output.WriteLine($"    … and {key.Count - KeyRunsShown:N0} more");
            }
        }

        var others = runs.Except(key).GroupBy(r => r.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        if (others.Count > 0)
        {
            output.WriteLine($"  Other runs: {string.Join(", ", others.Select(g => $"{g.Count():N0} {g.Key.Name()}"))}");
        }
    }

    /// <summary>Enough to check an import by; an export of years holds hundreds.</summary>
    private const int KeyRunsShown = 30;

    /// <summary>Lines of what a file held that was not read, before the rest are counted.</summary>
    private const int LeftOutShown = 10;

    /// <summary>Files done of those known, for the bar.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.Description = $"{Markup.Escape(value.File)}: {value.EntriesDone:N0} of {Plural.Count(value.EntriesTotal, "file")}";
            task.MaxValue = Math.Max(value.EntriesTotal, 1);
            task.Value = value.EntriesDone;
        }
    }
}
