namespace RunLift.Formats.Fit;

/// <summary>Reads a FIT file's bytes from a stream, which the decoder then reads in place.</summary>
internal static class FitInput
{
    /// <summary>
    /// The largest FIT file read: a day-long activity recorded every second is a few megabytes, so anything far
    /// larger is not one, and refusing it bounds the memory a single upload can take.
    /// </summary>
    public const int MaxBytes = 64 << 20;

    /// <summary>The rest of <paramref name="content"/>, without a copy when it is already in memory.</summary>
    /// <exception cref="InputException">the content is larger than <see cref="MaxBytes"/>.</exception>
    public static ReadOnlyMemory<byte> ReadAll(string file, Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            var start = (int)memory.Position;
            memory.Position = memory.Length;
            CheckSize(file, buffer.Count - start);
            return buffer.AsMemory(start);
        }

        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            copy.Write(chunk, 0, read);
            CheckSize(file, copy.Length);
        }

        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }

    private static void CheckSize(string file, long length)
    {
        if (length > MaxBytes)
        {
            throw new InputException(file, $"is larger than {MaxBytes >> 20} MB, far more than any FIT activity or workout");
        }
    }
}
