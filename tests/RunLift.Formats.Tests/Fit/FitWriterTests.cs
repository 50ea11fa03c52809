using System.Buffers.Binary;
using RunLift.Formats.Fit;

namespace RunLift.Formats.Tests.Fit;

public sealed class FitWriterTests
{
    [Fact]
    public void ToArray_WritesThe14ByteHeaderWithItsCrc_AndTheFileCrc()
    {
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(0).Integer(0, FitBaseType.Enum, 5));

        var bytes = fit.ToArray();

        bytes[0].ShouldBe((byte)14);
        bytes[1].ShouldBe((byte)0x10);
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2)).ShouldBe((ushort)21217);
        BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)).ShouldBe((uint)(bytes.Length - 16));
        bytes.AsSpan(8, 4).SequenceEqual(".FIT"u8).ShouldBeTrue();
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(12)).ShouldBe(FitCrc.Compute(bytes.AsSpan(0, 12)));
        FitCrc.Compute(bytes).ShouldBe((ushort)0, "the CRC over a file and its CRC is zero");
    }

    [Fact]
    public void Write_DefinesALayoutOnce_AndLittleEndian()
    {
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(27).Integer(254, FitBaseType.UInt16, 0).Integer(2, FitBaseType.UInt32, 0x01020304));
        fit.Write(new FitWriterMessage(27).Integer(254, FitBaseType.UInt16, 1).Integer(2, FitBaseType.UInt32, 5));

        var records = fit.ToArray().AsSpan(14)[..^2];

        // definition: header, reserved, architecture 0, global 27, two fields (number, size, base type)
        records[..12].ToArray().ShouldBe(new byte[] { 0x40, 0, 0, 27, 0, 2, 254, 2, 0x84, 2, 4, 0x86 });
        records[12..19].ToArray().ShouldBe(new byte[] { 0x00, 0, 0, 4, 3, 2, 1 });
        records[19..].ToArray().ShouldBe(new byte[] { 0x00, 1, 0, 5, 0, 0, 0 });
    }

    [Fact]
    public void Write_AMessageOfAnotherLayout_TakesTheNextLocalType_AndTheSeventeenthEvictsTheFirst()
    {
        var fit = new FitWriter();
        for (byte field = 0; field < 17; field++)
        {
            fit.Write(new FitWriterMessage(100).Integer(field, FitBaseType.UInt8, 1));
        }

        fit.Write(new FitWriterMessage(100).Integer(1, FitBaseType.UInt8, 2));
        var messages = Decode(fit.ToArray());

        messages.Count.ShouldBe(18);
        messages[^1].Fields.ShouldBe([(1, 2L)]);
        var records = fit.ToArray().AsSpan(14)[..^2];
        records[0].ShouldBe((byte)0x40);
        records[6 + 3 + 2].ShouldBe((byte)0x41, "the second layout is local type 1");
    }

    [Fact]
    public void Integer_WithoutAValue_WritesTheTypesInvalidValue()
    {
        var message = new FitWriterMessage(27)
            .Integer(1, FitBaseType.Enum, null)
            .Integer(2, FitBaseType.UInt32, null)
            .Integer(3, FitBaseType.UInt32Z, null)
            .Integer(4, FitBaseType.SInt16, null);

        message.Content.ToArray().ShouldBe(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0xFF, 0x7F });
    }

    [Theory]
    [InlineData(0x84, 65535)] // uint16: its invalid value
    [InlineData(0x84, 65536)]
    [InlineData(0x84, -1)]
    [InlineData(0x00, 255)] // enum
    [InlineData(0x8C, 0)] // uint32z
    [InlineData(0x01, 127)] // sint8
    [InlineData(0x01, -129)]
    public void Integer_RefusesAValueTheTypeCannotHold_OrItsInvalidValue(byte type, long value) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new FitWriterMessage(0).Integer(0, (FitBaseType)type, value));

    [Fact]
    public void Integer_RefusesStringsAndFloats_AndAFieldTwice()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new FitWriterMessage(0).Integer(0, FitBaseType.String, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => new FitWriterMessage(0).Integer(0, FitBaseType.Float32, 1));
        Should.Throw<ArgumentException>(() => new FitWriterMessage(0).Integer(0, FitBaseType.UInt8, 1).Integer(0, FitBaseType.UInt8, 2));
    }

    [Fact]
    public void String_IsZeroPadded_AndCutAtACharacterBoundaryToLeaveRoomForTheTerminator()
    {
        new FitWriterMessage(0).String(0, "ab", 4).Content.ToArray().ShouldBe(new byte[] { (byte)'a', (byte)'b', 0, 0 });
        new FitWriterMessage(0).String(0, "abcd", 4).Content.ToArray().ShouldBe(new byte[] { (byte)'a', (byte)'b', (byte)'c', 0 });

        // "é" is two bytes: it does not fit after "ab" in 3 bytes, and is not cut in half.
        new FitWriterMessage(0).String(0, "abé", 4).Content.ToArray().ShouldBe(new byte[] { (byte)'a', (byte)'b', 0, 0 });
        new FitWriterMessage(0).String(0, null, 2).Content.ToArray().ShouldBe(new byte[] { 0, 0 });
        FitWriterMessage.Fit("Fente bulgare 🏋️", 15).ShouldBe("Fente bulgare ");
    }

    [Fact]
    public void Written_IsDecodedByOurDecoderAndGarminsSdk_ToTheSameValues()
    {
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(0).Integer(0, FitBaseType.Enum, 4).Integer(1, FitBaseType.UInt16, 255).Integer(4, FitBaseType.UInt32, 1_100_000_000));
        for (var i = 0; i < 3; i++)
        {
            fit.Write(new FitWriterMessage(20)
                .Integer(253, FitBaseType.UInt32, 1_100_000_000 + i)
                .Integer(0, FitBaseType.SInt32, -123_456_789 + i)
                .Integer(3, FitBaseType.UInt8, 140 + i)
                .Integer(5, FitBaseType.UInt32, i * 1000));
        }

        var bytes = fit.ToArray();
        using var folder = new TemporaryFolder();
        var sdk = GarminSdk.Decode(folder.Write("records.fit", bytes));

        sdk.Errors.ShouldBeEmpty();
        var records = sdk.Messages("recordMesgs");
        records.Count.ShouldBe(3);
        records[2].GetProperty("positionLat").GetInt64().ShouldBe(-123_456_787);
        records[2].GetProperty("heartRate").GetInt32().ShouldBe(142);
        records[2].GetProperty("distance").GetInt64().ShouldBe(2000);
        var ours = Decode(bytes);
        ours.Select(m => m.Number).ShouldBe([(ushort)0, (ushort)20, (ushort)20, (ushort)20]);
        ours[3].Fields.ShouldBe([(253, 1_100_000_002L), (0, -123_456_787L), (3, 142L), (5, 2000L)]);
    }

    internal sealed record Decoded(ushort Number, IReadOnlyList<(int Field, long Value)> Fields);

    internal static List<Decoded> Decode(byte[] bytes)
    {
        var visitor = new Collector();
        new FitDecoder().Decode(bytes, "written.fit", FitDecodeOptions.Default, visitor);
        return visitor.Messages;
    }

    private sealed class Collector : IFitVisitor
    {
        public List<Decoded> Messages { get; } = [];

        public void OnMessage(in FitMessage message)
        {
            var fields = new List<(int, long)>();
            for (var i = 0; i < message.FieldCount; i++)
            {
                var field = message.FieldAt(i);
                if (field.TryGetInteger(0, out var value))
                {
                    fields.Add((field.Number, value));
                }
            }

            Messages.Add(new Decoded(message.Number, fields));
        }
    }
}
