using System.Globalization;
using System.Text.Json;
using RunLift.Formats.Fit;
using RunLift.Testing;

namespace RunLift.Formats.Tests.Fit;

/// <summary>Every FIT file in the shared fixtures, decoded and checked against Garmin's SDK and the expected-record CSVs.</summary>
public sealed class FitFixtureTests
{
    private const string Compressed = "compressed-speed-distance.fit";

    public static TheoryData<string> Files =>
    [
        "20555050352_ACTIVITY.fit", "20748058539_ACTIVITY.fit", "D55A5738.fit", "FullBody_-_Beginner_-_A_workout.fit",
        "compressed-speed-distance.fit", "developer-types-sample.fit", "garmin-fenix-5-run.fit",
    ];

    [Fact]
    public void Files_AreEveryFitFixture() =>
        Directory.GetFiles(SharedFiles.Path("fixtures/fit"), "*.fit").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(Files.Select(row => row.Data).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_DecodesCleanly(string name)
    {
        var decoded = FitMessages.Decode(File.ReadAllBytes(Fixture(name)));

        decoded.Summary.Files.ShouldBe(1);
        decoded.Summary.Warnings.ShouldBeEmpty();
        decoded.Of(FitProfile.Messages.FileId).Count().ShouldBe(1);
    }

    /// <summary>
    /// Every message and every field (developer fields too) equals what Garmin's SDK decodes, raw. The SDK stops at the
    /// first compressed-timestamp record, so for that file only the messages before it are compared.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_EveryFieldEqualsGarminSdk(string name)
    {
        var path = Fixture(name);
        var ours = FitMessages.Decode(File.ReadAllBytes(path));
        var sdk = GarminSdk.Decode(path);
        if (name == Compressed)
        {
            sdk.Errors.ShouldHaveSingleItem().ShouldContain("compressed timestamp");
        }
        else
        {
            sdk.Errors.ShouldBeEmpty();
            ours.Messages.Select(m => (int)m.Number).Distinct().Order()
                .ShouldBe(sdk.MessageKeys.Select(sdk.MessageNumber).Where(n => ours.Messages.Any(m => m.Number == n)).Order());
        }

        var developerKeys = sdk.Messages("fieldDescriptionMesgs").ToDictionary(
            d => d.GetProperty("key").GetInt32().ToString(CultureInfo.InvariantCulture),
            d => (d.GetProperty("developerDataIndex").GetInt32(), d.GetProperty("fieldDefinitionNumber").GetInt32()));
        var compared = 0;
        foreach (var key in sdk.MessageKeys)
        {
            var theirs = sdk.Messages(key);
            var mine = ours.Of((ushort)sdk.MessageNumber(key)).ToList();
            if (name == Compressed)
            {
                mine.Count.ShouldBeGreaterThanOrEqualTo(theirs.Count, key);
            }
            else
            {
                mine.Count.ShouldBe(theirs.Count, key);
            }

            for (var i = 0; i < theirs.Count; i++)
            {
                CompareMessage(sdk, key, i, theirs[i], mine[i], developerKeys);
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void FenixRun_RecordsEqualTheExpectedCsv()
    {
        var records = FitMessages.Decode(File.ReadAllBytes(Fixture("garmin-fenix-5-run.fit"))).Of(FitProfile.Messages.Record).ToList();
        var rows = File.ReadAllLines(Fixture("garmin-fenix-5-run-records.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        records.Count.ShouldBe(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, record) = (rows[i], records[i]);
            var when = DateTimeOffset.ParseExact(row[0].Replace("PDT", "-07:00", StringComparison.Ordinal), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture);
            FitTime.ToDateTime((uint)(long)record[253]!).ShouldBe(when);
            record[3].ShouldBe(long.Parse(row[1], CultureInfo.InvariantCulture));
            record[4].ShouldBe(long.Parse(row[2], CultureInfo.InvariantCulture));
            ((long)record[6]! / 1000.0).ShouldBe(double.Parse(row[3], CultureInfo.InvariantCulture), 1e-9);
            ((long)record[5]! / 100.0).ShouldBe(double.Parse(row[4], CultureInfo.InvariantCulture), 1e-9);
            record[0].ShouldBe(long.Parse(row[5], CultureInfo.InvariantCulture));
            record[1].ShouldBe(long.Parse(row[6], CultureInfo.InvariantCulture));
            (((long)record[2]! / 5.0) - 500).ShouldBe(double.Parse(row[7], CultureInfo.InvariantCulture), 1e-9);
            record[13].ShouldBe(long.Parse(row[8], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Every record has a compressed-timestamp header and packs speed (12 bits, m/s × 100) and distance (12 bits,
    /// m × 16, accumulating past its rollover) into its compressed_speed_distance field (8); the CSV lists every record
    /// but the first, which has no fields.
    /// </summary>
    [Fact]
    public void CompressedSpeedDistance_RecordsEqualTheExpectedCsv()
    {
        var records = FitMessages.Decode(File.ReadAllBytes(Fixture(Compressed))).Of(FitProfile.Messages.Record).ToList();
        var rows = File.ReadAllLines(Fixture("compressed-speed-distance-records.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        records.Count.ShouldBe(rows.Count + 1);
        long distance = 0;
        long? last = null;
        records[0].Fields.ShouldBeEmpty();
        for (var i = 1; i < records.Count; i++)
        {
            var record = records[i];
            var packed = ((DecodedField)record.Fields[8]).Values.Select(v => (long)v!).ToArray();
            var speed = packed[0] | ((packed[1] & 0x0F) << 8);
            var distance16 = (packed[1] >> 4) | (packed[2] << 4);
            distance += last is { } previous ? (distance16 - previous) & 0xFFF : distance16;
            last = distance16;
            var row = rows[i - 1];
            record.Timestamp.ShouldBe(uint.Parse(row[0], CultureInfo.InvariantCulture));
            record[3].ShouldBe(long.Parse(row[1], CultureInfo.InvariantCulture));
            (speed / 100.0).ShouldBe(double.Parse(row[2], CultureInfo.InvariantCulture), 1e-9);
            (distance / 16.0).ShouldBe(double.Parse(row[3], CultureInfo.InvariantCulture), 1e-9);
            record[4].ShouldBe(row[4] == "null" ? null : long.Parse(row[4], CultureInfo.InvariantCulture));
        }
    }

    private static string Fixture(string name) => SharedFiles.Path("fixtures/fit/" + name);

    private static void CompareMessage(
        GarminSdkDecoding sdk, string key, int index, JsonElement theirs, DecodedMessage mine, Dictionary<string, (int Index, int Number)> developerKeys)
    {
        var where = $"{key}[{index}]";
        var seen = new HashSet<int>();
        foreach (var property in theirs.EnumerateObject())
        {
            if (property.Name == "developerFields")
            {
                foreach (var developer in property.Value.EnumerateObject())
                {
                    var (developerIndex, number) = developerKeys[developer.Name];
                    var field = mine.DeveloperFields.Where(f => f.DeveloperDataIndex == developerIndex && f.Number == number).ShouldHaveSingleItem();
                    CompareValues(developer.Value, field.Field, $"{where} developer field {number}");
                }

                mine.DeveloperFields.Count.ShouldBe(property.Value.EnumerateObject().Count(), where);
                continue;
            }

            if (property.Name == "key" && key == "fieldDescriptionMesgs")
            {
                continue; // the SDK's own numbering of developer fields, not a field of the file
            }

            var fieldNumber = sdk.FieldNumber(key, property.Name);
            seen.Add(fieldNumber);
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                // A float whose bits are the invalid value: the SDK keeps NaN (printed as null); it is absent here.
                mine.Fields.ContainsKey((byte)fieldNumber).ShouldBeFalse($"{where}.{property.Name}");
                continue;
            }

            mine.Fields.ContainsKey((byte)fieldNumber).ShouldBeTrue($"{where}.{property.Name} ({fieldNumber})");
            CompareValues(property.Value, mine.Fields[(byte)fieldNumber], $"{where}.{property.Name}");
        }

        foreach (var (number, field) in mine.Fields)
        {
            if (!seen.Contains(number))
            {
                // The SDK gives a field its profile does not call an array as its first value alone, absent when invalid.
                (field.Values.Count > 1 && field.First is null && !sdk.IsArray(key, number)).ShouldBeTrue($"{where}: field {number} is not in the SDK's message");
            }
        }

        mine.DeveloperFields.Count.ShouldBe(theirs.TryGetProperty("developerFields", out var d) ? d.EnumerateObject().Count() : 0, where);
    }

    private static void CompareValues(JsonElement theirs, DecodedField mine, string where)
    {
        if (theirs.ValueKind == JsonValueKind.Array)
        {
            var values = theirs.EnumerateArray().ToList();
            values.Count.ShouldBe(mine.Values.Count, where);
            for (var i = 0; i < values.Count; i++)
            {
                CompareValue(values[i], mine.Values[i], $"{where}[{i}]");
            }
        }
        else
        {
            CompareValue(theirs, mine.First, where);
        }
    }

    private static void CompareValue(JsonElement theirs, object? mine, string where)
    {
        switch (theirs.ValueKind)
        {
            case JsonValueKind.Null:
                mine.ShouldBeNull(where);
                break;
            case JsonValueKind.String:
                Convert.ToString(mine, CultureInfo.InvariantCulture).ShouldBe(theirs.GetString(), where);
                break;
            case JsonValueKind.Number when mine is double d:
                d.ShouldBe(theirs.GetDouble(), where);
                break;
            case JsonValueKind.Number:
                mine.ShouldBe(theirs.GetInt64(), where);
                break;
            default:
                throw new InvalidOperationException($"{where}: unexpected {theirs.ValueKind} from the SDK");
        }
    }
}
