using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RunLift.Testing;

/// <summary>Zip archives made in tests: plain, nested, damaged, encrypted, lying about their sizes.</summary>
public static class Zips
{
    public static byte[] Of(params (string Name, byte[] Content)[] files) => Of(CompressionLevel.Optimal, files);

    public static byte[] Of(CompressionLevel level, params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, name.EndsWith('/') ? CompressionLevel.NoCompression : level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static (string, byte[]) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    public static (string, byte[]) Folder(string name) => (name.TrimEnd('/') + "/", []);

    /// <summary>The offset of each central directory header, in order.</summary>
    public static List<int> CentralHeaders(byte[] zip)
    {
        var offsets = new List<int>();
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50)
            {
                offsets.Add(i);
            }
        }

        return offsets;
    }

    /// <summary>Marks file <paramref name="index"/> encrypted, as a password-protected zip does, in both of its headers.</summary>
    public static byte[] Encrypt(byte[] zip, int index)
    {
        var copy = (byte[])zip.Clone();
        var central = CentralHeaders(copy)[index];
        copy[central + 8] |= 1;
        var local = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(central + 42));
        copy[local + 6] |= 1;
        return copy;
    }

    /// <summary>Makes file <paramref name="index"/> claim an unpacked size of <paramref name="size"/> bytes.</summary>
    public static byte[] ClaimSize(byte[] zip, int index, uint size)
    {
        var copy = (byte[])zip.Clone();
        var central = CentralHeaders(copy)[index];
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(central + 24), size);
        var local = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(central + 42));
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(local + 22), size);
        return copy;
    }

    /// <summary>Overwrites the middle of file <paramref name="index"/>'s packed data.</summary>
    public static byte[] Damage(byte[] zip, int index)
    {
        var copy = (byte[])zip.Clone();
        var central = CentralHeaders(copy)[index];
        var packed = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(central + 20));
        var local = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(central + 42));
        var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(local + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(local + 28));
        for (var i = data + (packed / 4); i < data + (packed * 3 / 4); i++)
        {
            copy[i] = 0xFF;
        }

        return copy;
    }
}
