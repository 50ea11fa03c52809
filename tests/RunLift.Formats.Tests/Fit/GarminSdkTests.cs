using RunLift.Testing;

namespace RunLift.Formats.Tests.Fit;

public sealed class GarminSdkTests
{
    [Fact]
    public void Sdk_ReadsTheStrengthActivity()
    {
        var sdk = GarminSdk.Decode(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"));

        sdk.Errors.ShouldBeEmpty();
        sdk.Messages("setMesgs").Count.ShouldBe(27);
        sdk.MessageNumber("setMesgs").ShouldBe(225);
        sdk.FieldNumber("setMesgs", "repetitions").ShouldBe(3);
        sdk.Messages("setMesgs")[0].GetProperty("repetitions").GetInt32().ShouldBe(15);
    }

    [Fact]
    public void Sdk_ReadableMode_NamesEnumsAndScales()
    {
        var sdk = GarminSdk.Decode(SharedFiles.Path("fixtures/fit/D55A5738.fit"), readable: true);

        sdk.Messages("fileIdMesgs")[0].GetProperty("type").GetString().ShouldBe("workout");
        sdk.Messages("workoutStepMesgs").Count.ShouldBe(43);
    }
}
