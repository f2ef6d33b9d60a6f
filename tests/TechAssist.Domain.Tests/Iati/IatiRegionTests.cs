using TechAssist.Iati;
using TechAssist.States;

namespace TechAssist.Tests.Iati;

public class IatiRegionTests
{
    [Theory]
    [InlineData("1027", IatiRegionVocabulary.OecdDac, 18)] // "Eastern Africa, regional" -> M49 014 Eastern Africa
    [InlineData("014", IatiRegionVocabulary.UnM49, 18)]
    [InlineData("14", IatiRegionVocabulary.UnM49, 18)]
    [InlineData("289", IatiRegionVocabulary.OecdDac, 0)] // "South of Sahara, regional": no M49 area of that name
    [InlineData("998", IatiRegionVocabulary.OecdDac, 0)] // developing countries unspecified: global, not a region
    [InlineData("A1", IatiRegionVocabulary.ReportingOrganisation, 0)]
    [InlineData("777", IatiRegionVocabulary.UnM49, 0)]
    public void ResolveStates_MapsThroughTheM49Table(string code, IatiRegionVocabulary vocabulary, int states) =>
        new IatiRegion { Code = code, Vocabulary = vocabulary }.ResolveStates().Should().HaveCount(states);

    [Fact]
    public void ResolveStates_LeavesTerritoriesOut() =>
        new IatiRegion { Code = "014", Vocabulary = IatiRegionVocabulary.UnM49 }.ResolveStates()
            .Should().Contain(CountryCode.Parse("KEN")).And.NotContain(CountryCode.Parse("REU"));

    [Fact]
    public void IsDevelopingCountriesUnspecified_Only998OfTheDacVocabulary()
    {
        new IatiRegion { Code = "998" }.IsDevelopingCountriesUnspecified.Should().BeTrue();
        new IatiRegion { Code = "998", Vocabulary = IatiRegionVocabulary.UnM49 }.IsDevelopingCountriesUnspecified.Should().BeFalse();
    }

    [Fact]
    public void ToString_IsVocabularyAndCode() => new IatiRegion { Code = "289" }.ToString().Should().Be("1:289");
}
