using System.CommandLine;
using System.Data.Common;
using System.Text;
using Microsoft.Extensions.Configuration;
using RunLift.Data.Export;
using RunLift.Formats;

namespace RunLift.Cli;

/// <summary>
/// <c>runlift export [--account EMAIL] [--format json|strong-csv|zip] [--out FILE] [--database FILE]</c>: everything
/// stored for an account in the web app's database, as the web app's export writes it (<see cref="DataExport"/>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TimeProvider time, IConfiguration configuration)
    {
        var account = LogDatabase.AccountOption();
        var format = new Option<string>("--format")
        {
            Description = "json: everything, as one document; strong-csv: the training log as a Strong CSV export; zip: a CSV file per table and the Strong log.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "strong-csv", "zip");
        var output = new Option<string?>("--out") { Description = "Write to this file (replaced only when the export succeeds) instead of stdout; needed for zip." };
        var database = LogDatabase.DatabaseOption();
        var command = new Command("export", "Export everything stored for an account in the web app's database.")
        {
            account, format, output, database,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (chosen == "zip" && path is null)
            {
                error.WriteLine("runlift export: --format zip writes a zip file: give it with --out FILE.");
                return ExitCodes.BadInput;
            }

            DataExport? export;
            try
            {
                await using var store = await LogDatabase.OpenAsync(configuration, parse.GetValue(database), create: true, cancellation);
                var (accountId, problem) = await store.AccountAsync(parse.GetValue(account), cancellation);
                if (accountId is null)
                {
                    error.WriteLine($"runlift export: {problem}");
                    return ExitCodes.BadInput;
                }

                await using var db = store.NewContext();
                export = await DataExport.ReadAsync(db, accountId, time.GetUtcNow().UtcDateTime, cancellation);
            }
            catch (InputException e)
            {
                InputErrors.Write(error, e);
                return ExitCodes.BadInput;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                error.WriteLine("runlift export: cancelled; nothing was written.");
                return ExitCodes.Cancelled;
            }
            catch (DbException e)
            {
                error.WriteLine($"runlift export: the database cannot be used: {e.Message}");
                return ExitCodes.NotDone;
            }

            if (export is null)
            {
                error.WriteLine("runlift export: the account was deleted while it was being exported.");
                return ExitCodes.NotDone;
            }

            if (path is null)
            {
                if (chosen == "json")
                {
                    stdout.WriteLine(Encoding.UTF8.GetString(export.ToJson()));
                }
                else
                {
                    ExportCsv.WriteStrong(stdout, export);
                }

                return ExitCodes.Clean;
            }

            try
            {
                AtomicFile.Write(path, file =>
                {
                    switch (chosen)
                    {
                        case "zip":
                            file.Write(ExportCsv.Zip(export));
                            break;
                        case "json":
                            file.Write(export.ToJson());
                            break;
                        default:
                            using (var writer = new StreamWriter(file, new UTF8Encoding(false), leaveOpen: true))
                            {
                                ExportCsv.WriteStrong(writer, export);
                            }

                            break;
                    }
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"{path}: cannot be written: {e.Message}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
