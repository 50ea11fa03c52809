using System.Text.RegularExpressions;
using RunLift.Formats.Plans;
using RunLift.Formats.Reports;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Cli.Tests;

/// <summary>
/// The docs' lists of run kinds, report and plan formats and --fail-on levels are the code's: each list is read out of
/// the doc (a table's cell, a synopsis, a comment) and compared with the vocabulary it documents.
/// </summary>
public sealed partial class DocsVocabularyTests
{
    private static readonly string[] ReportFormatNames = [.. ReportFormats.All.Select(f => f.Name())];
    private static readonly string[] FailOnNames = [.. FailOnLevels.All.Select(l => l.Name())];

    [Fact]
    public void AuditMd_SynopsisAndOptionsTable_ListTheFormatsAndLevels()
    {
        var doc = Doc("docs/audit.md");

        Choices(Line(doc, "runlift audit FILE..."), "--format").ShouldBe(ReportFormatNames);
        Choices(Line(doc, "runlift audit FILE..."), "--fail-on").ShouldBe(FailOnNames);
        Listed(Cell(doc, "`--format`")).ShouldBe(ReportFormatNames);
        Listed(Cell(doc, "`--fail-on`")).ShouldBe(FailOnNames);
        Default(Cell(doc, "`--fail-on`")).ShouldBe(FailOnLevels.Default.Name());
    }

    [Fact]
    public void AuditMd_KeyRunRow_ListsTheKeyKinds()
    {
        var cell = Cell(Doc("docs/audit.md"), "`--key-run DATE[=KIND]`");
        var kinds = cell[(cell.IndexOf("`KIND`:", StringComparison.Ordinal) + 7)..];

        Listed(kinds[..kinds.IndexOf('.', StringComparison.Ordinal)]).ShouldBe(RunKinds.Key.Select(k => k.Name()));
    }

    [Fact]
    public void FormatsMd_ListsThePlanFormatsAndEveryKindOfRun()
    {
        var doc = Doc("docs/formats.md");

        Choices(Line(doc, "`runlift plan REQUEST.yaml"), "--format").ShouldBe(PlanFormats.All.Select(f => f.Name()));

        // running:   # ... kinds: rest easy ...
        //   thu: ... #        fartlek race-pace race
        var first = Line(doc, "# kinds:");
        var next = doc[Array.IndexOf(doc, first) + 1];
        var words = first[(first.IndexOf("kinds:", StringComparison.Ordinal) + 6)..] + " " + next[(next.IndexOf('#', StringComparison.Ordinal) + 1)..];
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(RunKinds.All.Select(k => k.Name()));
    }

    [Fact]
    public void ApiMd_PlanFormatsTable_NamesEachServedFormatAndItsContentType()
    {
        var doc = Doc("docs/api.md");
        var table = doc.SkipWhile(l => l != "| `format` | Content-Type |").Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

        table.Select(row => (Quoted(Cells(row)[0]).Single(), Quoted(Cells(row)[1])[0]))
            .ShouldBe(PlanFormats.Documents.Select(f => (f.Name(), f.MediaType())), ignoreOrder: true);
        Default(Cells(table[0])[0]).ShouldBe(PlanFormat.Json.Name());
        Choices(Line(doc, "| `GET /api/v1/saved-plans/{id}?format="), "?format").ShouldBe(PlanFormats.Documents.Select(f => f.Name()), ignoreOrder: true);
    }

    [Fact]
    public void ApiMd_FailOnAndRunningWeekKinds()
    {
        var doc = Doc("docs/api.md");
        var failOn = Line(doc, "`failOn` (`error`");
        failOn = failOn[failOn.IndexOf("`failOn` (", StringComparison.Ordinal)..];

        Quoted(failOn[..failOn.IndexOf(").", StringComparison.Ordinal)]).Skip(1).ShouldBe(FailOnNames);
        var range = RunningWeekKinds().Match(Line(doc, "| `runningWeek` |"));
        (range.Groups["first"].Value, range.Groups["last"].Value).ShouldBe((RunKinds.OfRuns[0].Name(), RunKinds.OfRuns[^1].Name()));
    }

    [Fact]
    public void ApiMd_RunEffortTable_IsTheTrainingLoadsForEveryKindOfRun()
    {
        var doc = Doc("docs/api.md");
        var kinds = Cells(Line(doc, "| kind | recovery |")).Skip(1).ToList();
        var efforts = Cells(Line(doc, "| effort | ")).Skip(1).Select(e => double.Parse(e, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        kinds.ShouldBe(RunKinds.OfRuns.Select(k => k.Name()), ignoreOrder: true);
        efforts.ShouldBe(kinds.Select(k => RunKinds.TryParse(k, out var kind) ? RunLift.Progress.TrainingLoad.IntensityOf(kind) : double.NaN));
    }

    private static string[] Doc(string path) => File.ReadAllLines(RepositoryFiles.PathOf(path));

    private static string Line(string[] doc, string containing) => doc.First(l => l.Contains(containing, StringComparison.Ordinal));

    /// <summary>The cells of a table row; <c>\|</c> is a bar inside a cell.</summary>
    private static string[] Cells(string row) =>
        [.. UnescapedBar().Split(row.Trim().Trim('|')).Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal))];

    /// <summary>The second cell of the row whose first cell is <paramref name="first"/>.</summary>
    private static string Cell(string[] doc, string first) => Cells(doc.First(l => l.StartsWith($"| {first} |", StringComparison.Ordinal)))[1];

    /// <summary>The words in backticks, in order.</summary>
    private static List<string> Quoted(string text) => [.. Backticked().Matches(text).Select(m => m.Groups[1].Value)];

    /// <summary>The words in backticks, leaving out those in parentheses (<c>(default; ... `NO_COLOR` ...)</c>).</summary>
    private static List<string> Listed(string text) => Quoted(Parenthesised().Replace(text, ""));

    /// <summary>The word marked "(default" in <paramref name="text"/>.</summary>
    private static string Default(string text) => DefaultWord().Match(text).Groups[1].Value;

    /// <summary><c>a|b|c</c> after <paramref name="option"/> in a synopsis.</summary>
    private static string[] Choices(string line, string option) =>
        Regex.Match(line, Regex.Escape(option) + @"[ =]([a-z-]+(?:\\?\|[a-z-]+)+)").Groups[1].Value.Replace("\\", "", StringComparison.Ordinal).Split('|');

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedBar();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"`([^`]+)` \(default")]
    private static partial Regex DefaultWord();

    [GeneratedRegex("\"kind\": \"(?<first>[a-z-]+)\"…\"(?<last>[a-z-]+)\"")]
    private static partial Regex RunningWeekKinds();
}
