using TechAssist.Iati;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class ScopeTests
{
    private static CountryCode C(string code) => CountryCode.Parse(code);

    [Fact]
    public void ResolveStates_Bilateral_IsTheRecipient() =>
        Scope.Bilateral(C("KEN")).ResolveStates(RegionalGroupTable.Default).Should().Equal(C("KEN"));

    [Fact]
    public void ResolveStates_RegionalGroup_IsItsCountedMembers()
    {
        var states = Scope.ForRegionalGroup(RegionalGroup.African).ResolveStates(RegionalGroupTable.Default);

        states.Should().HaveCount(54).And.Contain(C("KEN")).And.NotContain(C("TUR"));
    }

    [Fact]
    public void ResolveStates_ExplicitStates_AreOrderedWithoutRepeats() =>
        Scope.ForStates([C("UGA"), C("KEN"), C("UGA")]).ResolveStates(RegionalGroupTable.Default).Should().Equal(C("KEN"), C("UGA"));

    [Fact]
    public void ResolveStates_Global_IsEveryStateOfTheCatalogue() =>
        Scope.Global.ResolveStates(RegionalGroupTable.Default).Should().HaveCount(195);

    [Fact]
    public void ResolveStates_IatiRegionAndStates_AreTheUnion()
    {
        // DAC 1035 "Polynesia, regional" maps to M49 061 Polynesia: of its areas, Samoa, Tonga and Tuvalu are States.
        var scope = Scope.ForIatiRegions(new IatiRegion { Code = "1035" }) with { States = TechAssist.Collections.EquatableArray.Create(C("FJI")) };

        scope.ResolveStates(RegionalGroupTable.Default).Should().Equal(C("FJI"), C("TON"), C("TUV"), C("WSM"));
    }

    [Fact]
    public void ToString_NamesLevelAndStates()
    {
        Scope.Bilateral(C("KEN")).ToString().Should().Be("Bilateral KEN");
        Scope.ForStates([C("KEN"), C("UGA")]).ToString().Should().Be("Regional KEN UGA");
        Scope.Global.ToString().Should().Be("Global");
    }
}
