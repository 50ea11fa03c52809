using RunLift.Time;

namespace RunLift.Tests.Time;

public sealed class IanaTimeZonesTests
{
    [Theory]
    [InlineData("Pacific/Auckland", "Pacific/Auckland")]
    [InlineData("America/Los_Angeles", "America/Los_Angeles")]
    [InlineData(" pacific/auckland ", "Pacific/Auckland")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("Asia/Calcutta", "Asia/Calcutta")] // what some browsers still say for Asia/Kolkata
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    public void TryFind_KnowsIanaNames(string id, string found)
    {
        IanaTimeZones.TryFind(id, out var zone).ShouldBeTrue();
        zone!.Id.ShouldBe(found);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")] // a Windows name
    [InlineData("+13:00")]
    [InlineData("posixrules")] // files of the database that are no place
    [InlineData("localtime")]
    [InlineData("../../etc/passwd")]
    [InlineData("Pacific/../../etc/passwd")]
    [InlineData("/usr/share/zoneinfo/UTC")]
    public void TryFind_RefusesWhatIsNoIanaZone(string? id) => IanaTimeZones.TryFind(id, out _).ShouldBeFalse();

    [Fact]
    public void Ids_AreSortedAndFindable()
    {
        IanaTimeZones.Ids.ShouldContain("Pacific/Auckland");
        IanaTimeZones.Ids.ShouldContain("America/Los_Angeles");
        IanaTimeZones.Ids.ShouldContain("UTC");
        IanaTimeZones.Ids.ShouldBe(IanaTimeZones.Ids.Order(StringComparer.Ordinal));
        IanaTimeZones.Ids.ShouldAllBe(id => IanaTimeZones.IsKnown(id));
    }
}
