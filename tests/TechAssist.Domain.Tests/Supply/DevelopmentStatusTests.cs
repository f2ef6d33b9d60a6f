using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class DevelopmentStatusTests
{
    // Flags as RegionM49.csv gives them (column codeforiati:developed-developing).
    [Theory]
    [InlineData("KEN", true)]
    [InlineData("BRA", true)]
    [InlineData("IND", true)]
    [InlineData("DEU", false)]
    [InlineData("JPN", false)]
    [InlineData("UKR", false)]
    public void IsDevelopingCountry_FollowsTheM49Flag(string code, bool developing) =>
        DevelopmentStatus.IsDevelopingCountry(CountryCode.Parse(code)).Should().Be(developing);

    [Fact]
    public void GetDevelopingFlag_CountryWithoutAFlag_IsNull()
    {
        // Antarctica (ATA) has an empty developed-developing cell; QQQ is in no row.
        DevelopmentStatus.GetDevelopingFlag(CountryCode.Parse("ATA")).Should().BeNull();
        DevelopmentStatus.GetDevelopingFlag(CountryCode.Parse("QQQ")).Should().BeNull();
        DevelopmentStatus.IsDevelopingCountry(CountryCode.Parse("QQQ")).Should().BeFalse();
    }
}
