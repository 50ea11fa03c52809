using RunLift.Formats.Fit;
using static RunLift.Formats.Tests.Fit.FitBytes;

namespace RunLift.Formats.Tests.Fit;

/// <summary>The protocol cases the fixtures do not all show, on files built byte by byte.</summary>
public sealed class FitDecoderTests
{
    private const byte UInt8 = 0x02;
    private const byte SInt16 = 0x83;
    private const byte UInt16 = 0x84;
    private const byte UInt32 = 0x86;
    private const byte String = 0x07;
    private const byte Float32 = 0x88;

    /// <summary>A file_id (type 4) and one record with a timestamp and a heart rate.</summary>
    private static FitBytes Small() => new FitBytes()
        .Define(0, FitProfile.Messages.FileId, (0, 1, 0x00))
        .Data(0, 4)
        .Define(1, FitProfile.Messages.Record, (253, 4, UInt32), (3, 1, UInt8))
        .Data(1, [.. U32(1_000_000_000), 150]);

    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    public void Header_12Or14Bytes_Reads(int headerSize)
    {
        var decoded = FitMessages.Decode(Small().Build(headerSize));

        decoded.Messages.Count.ShouldBe(2);
        decoded.Messages[1][3].ShouldBe(150L);
        decoded.Messages[1].Timestamp.ShouldBe(1_000_000_000u);
    }

    [Fact]
    public void HeaderCrc_ZeroMeansNotComputed() =>
        FitMessages.Decode(Small().Build(headerCrc: 0)).Summary.Warnings.ShouldBeEmpty();

    [Fact]
    public void HeaderCrc_Wrong_IsReportedWithItsOffset()
    {
        var e = Should.Throw<InputException>(() => FitMessages.Decode(Small().Build(headerCrc: 0x1234)));

        e.Reason.ShouldStartWith("at byte 12: the header's CRC is 0x1234, but its bytes give 0x");
        e.Reason.ShouldEndWith("the file is damaged");
    }

    [Fact]
    public void FileCrc_Wrong_IsAnErrorAtTheCrc()
    {
        var bytes = Small().Build(fileCrc: 0xBEEF);

        var e = Should.Throw<InputException>(() => FitMessages.Decode(bytes));

        e.Reason.ShouldStartWith($"at byte {bytes.Length - 2}: the file's CRC is 0xBEEF, but its content gives 0x");
        e.Message.ShouldStartWith("test.fit: at byte ");
    }

    [Fact]
    public void Crc_Wrong_IgnoreCrc_ReadsAndWarns()
    {
        var decoded = FitMessages.Decode(Small().Build(headerCrc: 0x1234, fileCrc: 0xBEEF), new FitDecodeOptions { IgnoreCrc = true });

        decoded.Messages.Count.ShouldBe(2);
        decoded.Summary.Warnings.Count.ShouldBe(2);
        decoded.Summary.Warnings[0].ShouldStartWith("at byte 12: the header's CRC is 0x1234");
        decoded.Summary.Warnings[1].ShouldContain("the file's CRC is 0xBEEF");
        decoded.Summary.Warnings[1].ShouldEndWith("read anyway, so its values may be wrong");
    }

    [Fact]
    public void BigEndianDefinition_ReadsNumbersAndTheGlobalNumberBigEndian()
    {
        var bytes = new FitBytes()
            .Define(2, 0x1234, bigEndian: true, [(1, 2, UInt16), (2, 2, SInt16), (3, 4, UInt32), (4, 4, Float32)], [])
            .Data(2, 0x01, 0x02, 0xFF, 0xFE, 0x01, 0x02, 0x03, 0x04, 0x3F, 0xC0, 0x00, 0x00)
            .Build();

        var message = FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem();

        message.Number.ShouldBe((ushort)0x1234);
        message[1].ShouldBe(0x0102L);
        message[2].ShouldBe(-2L);
        message[3].ShouldBe(0x01020304L);
        message[4].ShouldBe(1.5);
    }

    [Fact]
    public void Arrays_KeepEachValue_InvalidOnesAbsent()
    {
        var bytes = new FitBytes()
            .Define(0, FitProfile.Messages.Set, (7, 6, UInt16), (8, 6, UInt16))
            .Data(0, [.. U16(28), .. U16(0xFFFF), .. U16(65534), .. U16(0xFFFF), .. U16(0xFFFF), .. U16(0xFFFF)])
            .Build();

        var message = FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem();

        message.Fields[7].Values.ShouldBe([28L, null, 65534L]);
        message.Fields.ContainsKey(8).ShouldBeFalse();
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b', (byte)'c', 0, (byte)'x', (byte)'y', 0, 0 }, "abc")]
    [InlineData(new byte[] { (byte)'S', (byte)'q', (byte)'u', (byte)'a', (byte)'t' }, "Squat")]
    [InlineData(new byte[] { 0xC3, 0x89, (byte)'t', (byte)'a', (byte)'p', (byte)'e', 0, 0 }, "Étape")]
    [InlineData(new byte[] { 0, (byte)'a', 0 }, null)]
    public void Strings_AreUtf8UpToTheirFirstNulWithinTheField(byte[] content, string? expected)
    {
        var bytes = new FitBytes().Define(0, FitProfile.Messages.Workout, (8, (byte)content.Length, String)).Data(0, content).Build();

        var message = FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem();

        (message[8] as string).ShouldBe(expected);
    }

    [Theory]
    [InlineData((byte)0x00, new byte[] { 0xFF })]
    [InlineData((byte)0x01, new byte[] { 0x7F })]
    [InlineData((byte)0x02, new byte[] { 0xFF })]
    [InlineData((byte)0x83, new byte[] { 0xFF, 0x7F })]
    [InlineData((byte)0x84, new byte[] { 0xFF, 0xFF })]
    [InlineData((byte)0x85, new byte[] { 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData((byte)0x86, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData((byte)0x07, new byte[] { 0x00, 0x00 })]
    [InlineData((byte)0x88, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData((byte)0x89, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData((byte)0x0A, new byte[] { 0x00 })]
    [InlineData((byte)0x8B, new byte[] { 0x00, 0x00 })]
    [InlineData((byte)0x8C, new byte[] { 0x00, 0x00, 0x00, 0x00 })]
    [InlineData((byte)0x0D, new byte[] { 0xFF, 0xFF, 0xFF })]
    [InlineData((byte)0x8E, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData((byte)0x8F, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData((byte)0x90, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void InvalidValue_OfEachBaseType_IsAbsent(byte baseType, byte[] invalid)
    {
        var bytes = new FitBytes()
            .Define(0, 0xFF00, (1, (byte)invalid.Length, baseType), (2, 1, UInt8))
            .Data(0, [.. invalid, 7])
            .Build();

        var message = FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem();

        message.Fields.Keys.ShouldBe([(byte)2]);
    }

    [Fact]
    public void RawBytes_KeepTheirFFs_UnlessAllAreFF()
    {
        var bytes = new FitBytes().Define(0, 0xFF00, (1, 3, 0x0D)).Data(0, 1, 0xFF, 3).Build();

        FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem().Fields[1].Values.ShouldBe([1L, 255L, 3L]);
    }

    [Fact]
    public void FieldSize_NotAWholeNumberOfItsType_IsReadAsRawBytes()
    {
        var bytes = new FitBytes().Define(0, FitProfile.Messages.Record, (3, 3, UInt32), (4, 1, UInt8)).Data(0, 1, 2, 3, 90).Build();

        var message = FitMessages.Decode(bytes).Messages.ShouldHaveSingleItem();

        message.Fields[3].Type.ShouldBe(FitBaseType.Byte);
        message.Fields[3].Values.ShouldBe([1L, 2L, 3L]);
        message[4].ShouldBe(90L);
    }

    [Fact]
    public void DeveloperFields_AreReadWithTheirDescribedTypeAndName()
    {
        var bytes = new FitBytes()
            .Define(0, FitProfile.Messages.DeveloperDataId, (3, 1, UInt8))
            .Data(0, 0)
            .Define(1, FitProfile.Messages.FieldDescription, (0, 1, UInt8), (1, 1, UInt8), (2, 1, UInt8), (3, 11, String), (8, 6, String))
            .Data(1, [0, 8, UInt16, .. "Form Power\0"u8, .. "Watts\0"u8])
            .Define(2, FitProfile.Messages.Record, bigEndian: false, [(3, 1, UInt8)], [(8, 2, 0), (9, 2, 0)])
            .Data(2, [150, .. U16(300), 0x01, 0x02])
            .Build();

        var record = FitMessages.Decode(bytes).Of(FitProfile.Messages.Record).ShouldHaveSingleItem();

        record[3].ShouldBe(150L);
        record.DeveloperFields.Count.ShouldBe(2);
        record.DeveloperFields[0].ShouldSatisfyAllConditions(
            f => f.Name.ShouldBe("Form Power"),
            f => f.Field.Type.ShouldBe(FitBaseType.UInt16),
            f => f.Field.First.ShouldBe(300L));
        record.DeveloperFields[1].ShouldSatisfyAllConditions(
            f => f.Name.ShouldBeNull(),
            f => f.Field.Type.ShouldBe(FitBaseType.Byte),
            f => f.Field.Values.ShouldBe([1L, 2L]));
    }

    [Fact]
    public void CompressedTimestamps_CountFromTheLastTimestampAndRollOver()
    {
        var bytes = new FitBytes()
            .Define(0, FitProfile.Messages.Record, (253, 4, UInt32), (3, 1, UInt8))
            .Data(0, [.. U32(0x2000_0010), 100])
            .Define(1, FitProfile.Messages.Record, (3, 1, UInt8))
            .Compressed(1, 0x12, 101)
            .Compressed(1, 0x05, 102)
            .Compressed(1, 0x05, 103)
            .Build();

        var records = FitMessages.Decode(bytes).Messages;

        records.Select(r => r.Timestamp).ShouldBe([0x2000_0010u, 0x2000_0012u, 0x2000_0025u, 0x2000_0025u]);
        records.Select(r => r[3]).ShouldBe([100L, 101L, 102L, 103L]);
    }

    [Fact]
    public void ChainedFiles_AreReadOneAfterTheOther()
    {
        var bytes = Small().Build().Concat(Small().Build(headerSize: 12)).ToArray();

        var decoded = FitMessages.Decode(bytes);

        decoded.Summary.Files.ShouldBe(2);
        decoded.Of(FitProfile.Messages.Record).Count().ShouldBe(2);
    }

    [Fact]
    public void ChainedFile_DoesNotInheritThePreviousFilesDefinitions()
    {
        var second = new FitBytes().Data(1, [.. U32(1_000_000_000), 150]).Build();
        var first = Small().Build();

        var e = Should.Throw<InputException>(() => FitMessages.Decode([.. first, .. second]));

        e.Reason.ShouldBe($"at byte {first.Length + 14}: a data message of local type 1, which no definition message has defined");
    }

    [Fact]
    public void BytesAfterTheFile_ThatAreNotAnotherFile_AreAnError()
    {
        var file = Small().Build();

        var e = Should.Throw<InputException>(() => FitMessages.Decode([.. file, 0, 0]));

        e.Reason.ShouldBe($"at byte {file.Length}: expected another FIT file after the previous one's CRC (a header of 12 or 14 bytes), found a byte 0");
    }

    [Fact]
    public void UnknownMessagesAndBaseTypes_AreDecodedAsBytesAndSkippedByTheReader()
    {
        var bytes = new FitBytes()
            .Define(0, FitProfile.Messages.FileId, (0, 1, 0x00))
            .Data(0, 4)
            .Define(1, 0xFEEE, (1, 3, 0x1F), (2, 2, UInt16))
            .Data(1, 1, 2, 3, 4, 0)
            .Build();

        FitMessages.Decode(bytes).Of(0xFEEE).ShouldHaveSingleItem().Fields[1].Type.ShouldBe(FitBaseType.Byte);
        var read = FitReader.Read("unknown.fit", new MemoryStream(bytes));
        read.Document.Sessions.ShouldBeEmpty();
        read.Document.Runs.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new byte[] { }, "test.fit: is empty, not a FIT file")]
    [InlineData(new byte[] { 13, 0x20 }, "test.fit: at byte 0: a FIT header is 12 or 14 bytes long, not 13")]
    [InlineData(new byte[] { 14, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'X', 0, 0 }, "test.fit: at byte 8: expected the FIT signature \".FIT\"")]
    [InlineData(new byte[] { 12, 0x30, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0 }, "test.fit: at byte 1: FIT protocol 3.0 is newer than this reader knows (1.x and 2.x)")]
    [InlineData(new byte[] { 12, 0x20, 0, 0, 9, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0 }, "test.fit: at byte 14: the file ends before the 9 bytes of records and the CRC its header announces (it is cut short)")]
    public void NotFit_IsReportedWithTheByteOffset(byte[] bytes, string message) =>
        Should.Throw<InputException>(() => FitMessages.Decode(bytes)).Message.ShouldBe(message);

    [Fact]
    public void Definition_WithAnUnknownArchitecture_IsAnError()
    {
        var bytes = new FitBytes().Define(0, 0, (0, 1, 0)).Build();
        bytes[14 + 2] = 2;

        Should.Throw<InputException>(() => FitMessages.Decode(bytes, new FitDecodeOptions { IgnoreCrc = true }))
            .Reason.ShouldBe("at byte 16: a definition's architecture is 0 (little-endian) or 1 (big-endian), not 2");
    }

    [Fact]
    public void Truncated_AtEveryOffset_IsAnInputException()
    {
        var bytes = Small().Build();
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Should.Throw<InputException>(() => FitMessages.Decode(bytes[..length]), $"cut at {length}");
            e.Reason.ShouldStartWith(length == 0 ? "is empty" : $"at byte {length}: the file ends ");
        }
    }

    [Fact]
    public void Truncated_WithAHeaderThatAgrees_IsAnErrorAtTheRecordThatRunsOver()
    {
        var bytes = Small().Build(headerSize: 12);
        var cut = bytes[..^3];
        cut[4] = (byte)(cut.Length - 12);
        var withCrc = cut.Concat(U16(FitCrc.Compute(cut))).ToArray();

        var e = Should.Throw<InputException>(() => FitMessages.Decode(withCrc));

        e.Reason.ShouldBe($"at byte {cut.Length - 5}: a message 20 of 5 bytes runs past the end of the records at byte {cut.Length}");
    }
}
