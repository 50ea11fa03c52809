namespace RunLift.Formats.Tests.Fit;

/// <summary>A folder for files the tests write (for Garmin's SDK to read), deleted with everything in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("runlift-fit-").FullName;

    public string Write(string name, ReadOnlySpan<byte> content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
