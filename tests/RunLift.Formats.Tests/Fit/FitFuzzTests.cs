using System.Buffers.Binary;
using System.Globalization;
using RunLift.Formats.Fit;
using RunLift.Testing;
using static RunLift.Formats.Tests.Fit.FitBytes;

namespace RunLift.Formats.Tests.Fit;

/// <summary>
/// 100,000 damaged FIT files: real files and a built strength activity with bits flipped, bytes replaced, chunks
/// deleted or duplicated, cut short, and random bytes. Each must end in a result or an <see cref="InputException"/>,
/// allocating a bounded amount. Three cases in four get their header size and CRCs put right after the damage, so the
/// damage reaches the records instead of stopping at the CRC. Reproduce a failure with RUNLIFT_FUZZ_SEED and
/// RUNLIFT_FUZZ_CASE as the failure message gives them.
/// </summary>
public sealed class FitFuzzTests
{
    private const int Cases = 100_000;
    private const int DefaultSeed = 5_2026;
    private const long AllocationBound = 4L << 20;

    [Fact]
    public void Fuzz_EveryCaseEndsInAResultOrAnInputException()
    {
        var seed = Environment.GetEnvironmentVariable("RUNLIFT_FUZZ_SEED") is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        var only = Environment.GetEnvironmentVariable("RUNLIFT_FUZZ_CASE") is { Length: > 0 } c ? int.Parse(c, CultureInfo.InvariantCulture) : (int?)null;
        byte[][] corpus =
        [
            File.ReadAllBytes(SharedFiles.Path("fixtures/fit/garmin-fenix-5-run.fit")),
            File.ReadAllBytes(SharedFiles.Path("fixtures/fit/compressed-speed-distance.fit")),
            File.ReadAllBytes(SharedFiles.Path("fixtures/fit/D55A5738.fit")),
            StrengthActivity(),
        ];
        // The built activity reads, and the catalog is loaded once, outside the measured cases.
        TrainingFiles.Read("strength.fit", new MemoryStream(corpus[3])).Runs.ShouldHaveSingleItem().Kind.ShouldBe(Training.RunKind.Intervals);
        var results = 0;
        var errors = 0;
        var ignoreCrc = new FitDecodeOptions { IgnoreCrc = true };
        for (var i = only ?? 0; i < (only + 1 ?? Cases * Fuzzing.Fuzzer.Scale); i++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var input = Mutate(random, corpus[random.Next(corpus.Length)]);
            var options = random.Next(4) == 0 ? FitDecodeOptions.Default : ignoreCrc;
            var workout = random.Next(10) == 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                using var stream = new MemoryStream(input, 0, input.Length, writable: false, publiclyVisible: true);
                if (workout)
                {
                    FitWorkoutReader.Read("fuzz.fit", stream, options);
                }
                else
                {
                    FitReader.Read("fuzz.fit", stream, options);
                }

                results++;
            }
            catch (InputException)
            {
                errors++;
            }
            catch (Exception e)
            {
                Assert.Fail($"RUNLIFT_FUZZ_SEED={seed} RUNLIFT_FUZZ_CASE={i}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            allocated.ShouldBeLessThan(AllocationBound, $"RUNLIFT_FUZZ_SEED={seed} RUNLIFT_FUZZ_CASE={i}: {input.Length} bytes in");
        }

        if (only is null)
        {
            // Both outcomes are common: the damage reaches the readers, not only the checks in front of them.
            results.ShouldBeGreaterThan(Cases / 10);
            errors.ShouldBeGreaterThan(Cases / 10);
        }
    }

    private static byte[] Mutate(Random random, byte[] source)
    {
        if (random.Next(20) == 0)
        {
            var noise = new byte[random.Next(0, 2048)];
            random.NextBytes(noise);
            if (noise.Length >= 14 && random.Next(2) == 0)
            {
                new FitBytes().Build().AsSpan(0, 12).CopyTo(noise);
                Repair(noise);
            }

            return noise;
        }

        var bytes = new List<byte>(source);
        for (var n = random.Next(1, 4); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 or 1 or 2:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 3 or 4:
                    bytes[at] = random.Next(2) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
                    break;
                case 5:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 65), bytes.Count - at));
                    break;
                case 6:
                    var chunk = bytes.GetRange(at, Math.Min(random.Next(1, 65), bytes.Count - at));
                    bytes.InsertRange(random.Next(bytes.Count + 1), chunk);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        var mutated = bytes.ToArray();
        if (random.Next(4) != 0)
        {
            Repair(mutated);
        }

        return mutated;
    }

    private static readonly byte[] Interesting = [0x00, 0x01, 0x0C, 0x0E, 0x20, 0x40, 0x60, 0x7F, 0x80, 0xE0, 0xFE, 0xFF];

    /// <summary>Makes the header's data size and both CRCs agree with the bytes, so decoding goes past them.</summary>
    private static void Repair(byte[] bytes)
    {
        if (bytes.Length < 16 || bytes[0] is not (12 or 14))
        {
            return;
        }

        int header = bytes[0];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - header - 2));
        if (header == 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(12), FitCrc.Compute(bytes.AsSpan(0, 12)));
        }

        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 2), FitCrc.Compute(bytes.AsSpan(0, bytes.Length - 2)));
    }

    /// <summary>A small activity with what the readers look at: a strength session of sets and rests, a run with laps, a workout with a repeat, developer fields.</summary>
    private static byte[] StrengthActivity()
    {
        const uint Start = 1_100_000_000;
        var file = new FitBytes()
            .Define(0, FitProfile.Messages.FileId, (0, 1, 0x00))
            .Data(0, 4)
            .Define(1, FitProfile.Messages.Activity, (253, 4, 0x86), (5, 4, 0x86))
            .Data(1, [.. U32(Start), .. U32(Start + 7200)])
            .Define(2, FitProfile.Messages.DeveloperDataId, (3, 1, 0x02))
            .Data(2, 0)
            .Define(3, FitProfile.Messages.FieldDescription, (0, 1, 0x02), (1, 1, 0x02), (2, 1, 0x02), (3, 6, 0x07))
            .Data(3, [0, 1, 0x84, .. "Power\0"u8])
            .Define(4, FitProfile.Messages.Set, bigEndian: false, [(254, 4, 0x86), (0, 4, 0x86), (3, 2, 0x84), (4, 2, 0x84), (5, 1, 0x02), (6, 4, 0x86), (7, 6, 0x84), (8, 6, 0x84), (10, 2, 0x84)], [(1, 2, 0)]);
        for (ushort i = 0; i < 6; i++)
        {
            file.Data(4, [.. U32(Start), .. U32(30_000), .. U16(5), .. U16(1600), (byte)(i % 2 == 0 ? 1 : 0), .. U32(Start + (uint)(i * 60)),
                .. U16(28), .. U16(65534), .. U16(0xFFFF), .. U16(6), .. U16(0xFFFF), .. U16(0xFFFF), .. U16(i), .. U16(200)]);
        }

        file.Define(1, FitProfile.Messages.Lap, (2, 4, 0x86), (23, 1, 0x00));
        for (var i = 0; i < 6; i++)
        {
            var lapStart = U32(Start + 1000 + (uint)(i * 60));
            if (i % 2 == 0)
            {
                file.Data(1, [.. lapStart, 0]);
            }
            else
            {
                file.Compressed(1, i, [.. lapStart, 1]);
            }
        }

        return file
            .Define(6, FitProfile.Messages.Session, (2, 4, 0x86), (5, 1, 0x00), (6, 1, 0x00), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (16, 1, 0x02), (110, 9, 0x07))
            .Data(6, [.. U32(Start), 10, 20, .. U32(600_000), .. U32(600_000), .. U32(0), 100, .. "Strength\0"u8])
            .Data(6, [.. U32(Start + 1000), 1, 0, .. U32(600_000), .. U32(600_000), .. U32(200_000), 150, .. "Run\0\0\0\0\0\0"u8])
            .Define(7, FitProfile.Messages.Workout, (4, 1, 0x00), (8, 6, 0x07))
            .Data(7, [10, .. "Legs!\0"u8])
            .Define(8, FitProfile.Messages.WorkoutStep, (254, 2, 0x84), (1, 1, 0x00), (2, 4, 0x86), (4, 4, 0x86), (7, 1, 0x00), (10, 2, 0x84), (11, 2, 0x84), (12, 2, 0x84))
            .Data(8, [.. U16(0), 29, .. U32(5), .. U32(0), 0, .. U16(28), .. U16(6), .. U16(10000)])
            .Data(8, [.. U16(1), 0, .. U32(90_000), .. U32(0), 1, .. U16(0xFFFF), .. U16(0xFFFF), .. U16(0xFFFF)])
            .Data(8, [.. U16(2), 6, .. U32(0), .. U32(3), 0, .. U16(0xFFFF), .. U16(0xFFFF), .. U16(0xFFFF)])
            .Build();
    }
}
