using System.Text;
using RunLift.Testing;

namespace RunLift.Formats.Tests.Fuzzing;

/// <summary>
/// 100,000 mutated or random inputs for each of the readers that came before the device files (Hevy, Strong, routine
/// documents), read as users' files are, through the content sniffing: each ends in a document or an InputException.
/// </summary>
public sealed class ExportFuzzTests
{
    private const int Cases = 100_000;

    // A generous guard against a hang (the cases take seconds), not a timing assertion.
    private const int HangGuard = 10 * 60 * 1000;

    [Fact(Timeout = HangGuard)]
    public async Task Hevy_EveryCaseEndsInADocumentOrAnInputException() =>
        await FuzzAsync("Hevy", [Head(SharedFiles.Path("fixtures/csv/sample_hevy.csv"), 25)], TestContext.Current.CancellationToken);

    [Fact(Timeout = HangGuard)]
    public async Task Strong_EveryCaseEndsInADocumentOrAnInputException() =>
        await FuzzAsync("Strong", [Head(SharedFiles.Path("fixtures/csv/sample_strong.csv"), 25)], TestContext.Current.CancellationToken);

    [Fact(Timeout = HangGuard)]
    public async Task Routine_EveryCaseEndsInADocumentOrAnInputException() =>
        await FuzzAsync("routine", [
            File.ReadAllBytes(RepositoryFiles.PathOf("examples/good-runner.yaml")),
            File.ReadAllBytes(RepositoryFiles.PathOf("examples/running-week.yaml")),
            Encoding.UTF8.GetBytes(SampleLogs.SessionAndLongRun),
        ], TestContext.Current.CancellationToken);

    private static async Task FuzzAsync(string format, byte[][] seeds, CancellationToken cancellation)
    {
        var documents = await Task.Run(() => Fuzzer.Run(format, seeds, s => TrainingFiles.Read("fuzz", s), Cases), cancellation);

        // The mutations keep a good share of files readable, so the readers' paths past the first error are exercised too.
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} of {Cases} cases were documents; the rest InputExceptions");
        documents.ShouldBeGreaterThan(Cases / 20);
    }

    /// <summary>The real export's header and first rows: small, so 100,000 cases stay quick.</summary>
    private static byte[] Head(string path, int lines) =>
        Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(path).Take(lines)) + "\n");
}
