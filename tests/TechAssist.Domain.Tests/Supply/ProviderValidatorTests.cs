using TechAssist.Collections;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class ProviderValidatorTests
{
    private static string[] ProblemsOf(Provider provider) =>
        ProviderValidator.Validate(provider, "providers[0]").Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_Sample_IsValid() => ProviderValidator.Validate(SupplySamples.Provider).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_MissingIdNameAndUndefinedKind_ListsEach() =>
        ProblemsOf(SupplySamples.Provider with { Id = default, Name = "", Kind = (ProviderKind)0, State = null }).Should().Equal(
            "providers[0].id: a provider needs an id",
            "providers[0].name: a provider needs a name",
            "providers[0].kind: '0' is not a kind of provider");

    [Fact]
    public void Validate_DonorStateWithoutState_IsAProblem() =>
        ProblemsOf(SupplySamples.Provider with { State = null }).Should().Equal("providers[0].state: a donor State must name its State");

    [Fact]
    public void Validate_UnknownState_IsAProblem() =>
        ProblemsOf(SupplySamples.Provider with { State = CountryCode.Parse("XXX") }).Should().Equal(
            "providers[0].state: 'XXX' is not a State in the catalogue of 195 States");

    [Fact]
    public void Validate_OrganisationWithAState_IsAProblem() =>
        ProblemsOf(SupplySamples.Provider with { Kind = ProviderKind.UnEntity }).Should().Equal(
            "providers[0].state: only a donor State names a State, not a provider of kind UnEntity");

    [Fact]
    public void Validate_RepeatedLanguage_IsAProblem() =>
        ProblemsOf(SupplySamples.Provider with { Languages = EquatableArray.Create(TechAssist.Languages.LanguageCode.English, TechAssist.Languages.LanguageCode.English) })
            .Should().Equal("providers[0].languages[1]: en is listed twice");
}
