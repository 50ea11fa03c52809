using System.Text;

namespace RunLift.Testing;

/// <summary>A request body an attacker could send: what it is, its media type and its bytes.</summary>
public sealed record HostileInput(string Name, string ContentType, byte[] Content)
{
    public override string ToString() => Name;
}

/// <summary>
/// Inputs made to hurt a reader: nesting deep enough to exhaust a recursive parser's stack, aliases that expand
/// exponentially, counts and lines far beyond any real file, bytes that are not text, archives that hide all of that.
/// Shared by the readers' tests, the web app's hostile-request suite and the benchmarks' hostile run.
/// </summary>
public static class HostileInputs
{
    /// <summary>A YAML list nested <paramref name="levels"/> deep in block style, all on one line ("- - - - … x").</summary>
    public static string BlockNestedYaml(int levels) => string.Concat(Enumerable.Repeat("- ", levels)) + "x\n";

    /// <summary>The same in flow style ("[[[[ … ]]]]").</summary>
    public static string FlowNestedYaml(int levels) => new string('[', levels) + new string(']', levels);

    /// <summary>A YAML mapping nested <paramref name="levels"/> deep, one more space of indentation a level.</summary>
    public static string IndentedYaml(int levels)
    {
        var text = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            text.Append(' ', level).Append("a:\n");
        }

        return text.ToString();
    }

    /// <summary>"Billion laughs": ten anchors, each a list of ten aliases of the one before (10^10 values once expanded).</summary>
    public static string AliasBomb(int levels = 10)
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < levels; level++)
        {
            var previous = $"*a{level - 1}";
            text.Append($"a{level}: &a{level} [").AppendJoin(", ", Enumerable.Repeat(previous, 10)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>JSON arrays nested <paramref name="levels"/> deep.</summary>
    public static string NestedJson(int levels) => new string('[', levels) + new string(']', levels);

    /// <summary>An XML document whose elements nest <paramref name="levels"/> deep, rooted as a GPX file.</summary>
    public static string NestedGpx(int levels) =>
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"x\">" + string.Concat(Enumerable.Repeat("<a>", levels))
        + string.Concat(Enumerable.Repeat("</a>", levels)) + "</gpx>";

    /// <summary>A Hevy export whose second line is one field of <paramref name="length"/> characters.</summary>
    public static string HevyLongLine(int length) =>
        "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n\""
        + new string('a', length) + "\"\n";

    /// <summary>A Strong export whose header has <paramref name="columns"/> columns.</summary>
    public static string StrongWideHeader(int columns) =>
        "Date,Workout Name,Exercise Name,Set Order," + string.Join(',', Enumerable.Range(0, columns).Select(i => "c" + i)) + "\n";

    /// <summary>A zip holding <paramref name="text"/> as one file: a few hundred bytes that unpack into the hostile document.</summary>
    public static byte[] Zipped(string name, string text) => Zips.Of(Zips.Text(name, text));

    /// <summary>
    /// A zip of <paramref name="files"/> Hevy exports of 50,400 rows each: every file within the limits of one file, all
    /// of them together far over what one read may hold (12 make 604,800 rows, about 60 MB unpacked, 2 MB packed).
    /// </summary>
    public static byte[] ZipOfHevyExports(int files)
    {
        var export = Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(sessions: 1_200));
        return Zips.Of([.. Enumerable.Range(0, files).Select(i => ($"hevy-{i}.csv", export))]);
    }

    /// <summary>
    /// A zip of <paramref name="archives"/> zips stored uncompressed, each holding 32 MB of notes (not training files):
    /// small packed, but each inner zip must be unpacked to a temporary file to be read.
    /// </summary>
    public static byte[] NestedZips(int archives)
    {
        var line = Encoding.UTF8.GetBytes("lifted, ran, slept well; nothing to import here\n");
        var notes = new byte[32 << 20];
        for (var i = 0; i < notes.Length; i += line.Length)
        {
            line.AsSpan(0, Math.Min(line.Length, notes.Length - i)).CopyTo(notes.AsSpan(i));
        }

        var inner = Zips.Of(System.IO.Compression.CompressionLevel.NoCompression, ("notes.txt", notes));
        return Zips.Of([.. Enumerable.Range(0, archives).Select(i => ($"UploadedFiles_0-_Part{i + 1}.zip", inner))]);
    }

    /// <summary>The named hostile inputs of the readers, each small enough to post; every one is refused.</summary>
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        new("block-nested YAML, 60,000 levels, zipped", "application/zip", Zipped("routine.yaml", BlockNestedYaml(60_000))),
        Text("block-nested YAML, 60,000 levels", BlockNestedYaml(60_000)),
        Text("flow-nested YAML, 100,000 levels", FlowNestedYaml(100_000)),
        Text("indented YAML, 3,000 levels", IndentedYaml(3_000)),
        Text("YAML alias bomb", AliasBomb()),
        Text("nested JSON, 100,000 levels", NestedJson(100_000), "application/json"),
        Text("nested GPX, 100,000 levels", NestedGpx(100_000), "application/gpx+xml"),
        Text("Hevy export with a 4 MB field", HevyLongLine(4_000_000), "text/csv"),
        Text("Strong export with 100,000 columns", StrongWideHeader(100_000), "text/csv"),
        new("bytes that are not text", "application/yaml", [0xFF, 0xFE, 0xC3, 0x28, 0x00, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]),
        new("FIT activity of 10,000 sessions and 40,000 sets", "application/vnd.ant.fit", HostileFit.ManySessionsAndSets(10_000, 40_000)),
        new("zip of 12 Hevy exports, 604,800 rows", "application/zip", ZipOfHevyExports(12)),
        new("zip of 4 zips of 32 MB each", "application/zip", NestedZips(4)),
    ];

    private static HostileInput Text(string name, string text, string contentType = "application/yaml") =>
        new(name, contentType, Encoding.UTF8.GetBytes(text));
}
