namespace RunLift.Cli;

/// <summary>Files replaced whole or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/> and moves it into place only when writing succeeded,
    /// so a failed run never leaves a half-written file or destroys the previous one.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
