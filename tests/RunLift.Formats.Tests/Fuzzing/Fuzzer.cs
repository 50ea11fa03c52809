using System.Text;

namespace RunLift.Formats.Tests.Fuzzing;

/// <summary>
/// Feeds a reader mutated copies of real and synthetic files (bit flips, deletions, duplicated chunks, insertions of
/// syntax characters, truncations) and random bytes. Every case must end in a document or an
/// <see cref="InputException"/>. Case <c>i</c> of a run is generated from (seed, i) alone, so a failure names the
/// seed and case that reproduce it; <c>RUNLIFT_FUZZ_SEED</c> runs another seed, and <c>RUNLIFT_FUZZ_SCALE</c> a longer
/// sweep (that many times the cases CI runs).
/// </summary>
internal static class Fuzzer
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<", ">", "/>", "</", "&", "&amp;", "&#0;", "&#x10FFFF;", "]]>", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
            "\"", "'", "=", ",", ";", ":", "\n", "\r", "\r\n", "\t", " ", "\0", "-", ".", "e", "1e309", "NaN", "-1", "99999999999999999999",
            "0:00:00", "1:75", "2012-12-26T21:29:53Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "xmlns=\"\"", "xmlns:a=\"urn:x\"",
            "<trkpt lat=\"1\" lon=\"2\">", "</trkseg>", "<trk>", "<Lap>", "</Activity>", "<Activity Sport=\"Running\">", "Cardio", "Running",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0x80],
    ];

    /// <summary>How many times the usual number of cases a sweep runs: <c>RUNLIFT_FUZZ_SCALE</c>, or 1 (CI's run).</summary>
    public static int Scale => int.TryParse(Environment.GetEnvironmentVariable("RUNLIFT_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("RUNLIFT_FUZZ_SEED"), out var seed) ? seed : 20_251_124;

    /// <summary>Runs <paramref name="cases"/> cases; returns how many ended in a document (the rest were InputExceptions).</summary>
    public static int Run(string format, IReadOnlyList<byte[]> seeds, Action<Stream> read, int cases)
    {
        var seed = Seed;
        var documents = 0;
        cases *= Scale;
        for (var i = 0; i < cases; i++)
        {
            var input = Case(seeds, seed, i);
            try
            {
                read(new MemoryStream(input, writable: false));
                documents++;
            }
            catch (InputException e) when (e.Message.Length > 0)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"{format} fuzz case {i} of seed {seed} (RUNLIFT_FUZZ_SEED={seed}) threw {e.GetType().Name}: {e.Message}\n"
                    + $"input ({input.Length} bytes, base64): {Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 4096)))}\n{e}");
            }
        }

        return documents;
    }

    public static byte[] Case(IReadOnlyList<byte[]> seeds, int seed, int index)
    {
        // Not HashCode.Combine: it is seeded anew in every process, so a case could not be found again from its numbers.
        var random = new Random(unchecked((seed * 1_000_003) + index));

        // One case in twenty is random bytes; the rest mutate a seed file, mostly once (so that many stay well-formed
        // and reach the readers' own checks), sometimes up to eight times.
        if (random.Next(20) == 0)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            return bytes;
        }

        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var mutations = random.Next(4) == 0 ? 1 + random.Next(8) : 1;
        for (var m = 0; m < mutations; m++)
        {
            Mutate(data, random);
        }

        return [.. data];
    }

    private static void Mutate(List<byte> data, Random random)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(9))
        {
            case 7 or 8:
                // A value changes and the syntax stays: the next digit becomes another digit or a sign, dot or exponent.
                var digit = data.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                if (digit >= 0)
                {
                    data[digit] = (byte)"0123456789-.e:"[random.Next(14)];
                }

                break;
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = (byte)random.Next(256);
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                break;
            case 3 when data.Count > 0:
                var length = Math.Min(data.Count - at, 1 + random.Next(256));
                var chunk = data.GetRange(at, length);
                data.InsertRange(random.Next(data.Count + 1), chunk);
                break;
            case 4:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 5 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                break;
            default:
                // Swap two chunks' bytes: reorders elements and rows.
                if (data.Count > 2)
                {
                    var other = random.Next(data.Count);
                    (data[at], data[other]) = (data[other], data[at]);
                }

                break;
        }
    }
}
