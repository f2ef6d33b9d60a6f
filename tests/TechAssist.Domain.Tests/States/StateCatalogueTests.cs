using TechAssist.States;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.States;

public class StateCatalogueTests
{
    [Fact]
    public void All_Is193MembersAndTwoObservers()
    {
        StateCatalogue.All.Should().HaveCount(195);
        StateCatalogue.Members.Should().HaveCount(193);
        StateCatalogue.All.Where(s => s.Status == UnStatus.ObserverState).Select(s => s.Code.Value).Should().Equal("PSE", "VAT");
    }

    [Fact]
    public void All_IsOrderedByCode() =>
        StateCatalogue.All.Select(s => s.Code).Should().BeInAscendingOrder();

    [Theory]
    [InlineData("KEN", "Kenya")]
    [InlineData("TUR", "Türkiye")]
    [InlineData("ssd", "South Sudan")]
    [InlineData("CIV", "Côte d’Ivoire")]
    public void Get_ByCode_GivesTheUnName(string code, string name) =>
        StateCatalogue.Get(CountryCode.Parse(code)).Name.Should().Be(name);

    [Fact]
    public void Get_UnknownCode_ThrowsNamingIt() =>
        FluentActions.Invoking(() => StateCatalogue.Get(CountryCode.Parse("XYZ"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("'XYZ' is not the code of a State in the catalogue of 195 States.");

    [Fact]
    public void TryGet_DefaultCode_ReturnsFalse() =>
        StateCatalogue.TryGet(default, out _).Should().BeFalse();

    [Theory]
    [InlineData("KE")]
    [InlineData("KENY")]
    [InlineData("K3N")]
    [InlineData("")]
    [InlineData(null)]
    public void CountryCode_TryParse_RejectsWhatIsNotThreeLetters(string? text) =>
        CountryCode.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void CountryCode_Parse_NamesTheTextWhenWrong() =>
        FluentActions.Invoking(() => CountryCode.Parse("KE")).Should().Throw<FormatException>()
            .WithMessage("'KE' is not an ISO 3166-1 alpha-3 country code: expected three letters A to Z, such as KEN.");

    [Fact]
    public void CountryCode_EqualityAndOrdering_AreOrdinalOnUpperCase() =>
        ValueContract.AssertEqualityAndOrdering(CountryCode.Parse("KEN"), CountryCode.Parse("ken"), CountryCode.Parse("KWT"));

    [Fact]
    public void PartyId_IsAStateOrTheEuropeanUnion()
    {
        PartyId.Parse("eu").Should().Be(PartyId.EuropeanUnion);
        PartyId.EuropeanUnion.IsState.Should().BeFalse();
        PartyId kenya = CountryCode.Parse("KEN");
        kenya.IsState.Should().BeTrue();
        kenya.State.Value.Should().Be("KEN");
        FluentActions.Invoking(() => PartyId.EuropeanUnion.State).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => PartyId.Parse("E")).Should().Throw<FormatException>().WithMessage("'E' is not a party code*");
        ValueContract.AssertEqualityAndOrdering(PartyId.EuropeanUnion, PartyId.Parse("EU"), PartyId.Parse("FRA"));
        RegionalEconomicIntegrationOrganization.EuropeanUnion.ToString().Should().Be("EU European Union");
    }
}
