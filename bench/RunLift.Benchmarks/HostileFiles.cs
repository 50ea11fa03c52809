using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>The hostile-input suite's files on disk, so that a shell script can post them to a running server.</summary>
internal static class HostileFiles
{
    /// <summary>
    /// Writes each of <see cref="HostileInputs.All"/> to <paramref name="directory"/> as <c>NN.bin</c>, and
    /// <c>manifest.tsv</c>: file, media type and name, one input a line.
    /// </summary>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var manifest = HostileInputs.All.Select((input, index) =>
        {
            var file = $"{index:D2}.bin";
            File.WriteAllBytes(Path.Combine(directory, file), input.Content);
            return $"{file}\t{input.ContentType}\t{input.Name}";
        });
        File.WriteAllLines(Path.Combine(directory, "manifest.tsv"), manifest);
    }
}
