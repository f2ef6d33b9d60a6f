using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Iati;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class OfferingValidatorTests
{
    private static string[] ProblemsOf(Offering offering) =>
        OfferingValidator.Validate(offering, "offerings[3]").Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_Sample_IsValid() => OfferingValidator.Validate(SupplySamples.Offering).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_MissingIdsAndTitle_ListsEach() =>
        ProblemsOf(SupplySamples.Offering with { Id = default, Provider = default, Title = " " }).Should().Equal(
            "offerings[3].id: an offering needs an id",
            "offerings[3].provider: an offering needs the id of its provider",
            "offerings[3].title: an offering needs a title");

    [Fact]
    public void Validate_AssistanceTypes_UndefinedAndRepeated() =>
        ProblemsOf(SupplySamples.Offering with { AssistanceTypes = EquatableArray.Create(AssistanceType.LegalAdvice, (AssistanceType)99, AssistanceType.LegalAdvice) })
            .Should().Equal(
                "offerings[3].assistanceTypes[1]: '99' is not an assistance type",
                "offerings[3].assistanceTypes[2]: LegalAdvice is listed twice");

    [Fact]
    public void Validate_NoAssistanceType_IsAllowedAsNotStated() =>
        ProblemsOf(SupplySamples.Offering with { AssistanceTypes = default }).Should().BeEmpty();

    [Fact]
    public void Validate_EmptyCoverage_IsAProblem() =>
        ProblemsOf(SupplySamples.Offering with { Coverage = Coverage.None }).Should().Equal(
            "offerings[3].coverage: the coverage must name at least one provision, chapter or thematic area");

    [Fact]
    public void Validate_CoverageWithBadEntries_ListsEach() =>
        ProblemsOf(SupplySamples.Offering with
        {
            Coverage = new Coverage
            {
                Provisions = EquatableArray.Create(default(ProvisionReference)),
                Chapters = EquatableArray.Create(default(ChapterNumber)),
                ThematicAreas = EquatableArray.Create((ThematicArea)9),
            },
        }).Should().Equal(
            "offerings[3].coverage.provisions[0]: a provision is missing",
            "offerings[3].coverage.chapters[0]: a chapter is missing",
            "offerings[3].coverage.thematicAreas[0]: '9' is not a thematic area");

    [Fact]
    public void Validate_BilateralWithoutRecipient_IsAProblem() =>
        ProblemsOf(SupplySamples.Offering with { Scope = new Scope { Level = ScopeLevel.Bilateral } }).Should().Equal(
            "offerings[3].scope.recipient: a bilateral scope needs its recipient State");

    [Fact]
    public void Validate_BilateralWithUnknownRecipientAndAGroup_ListsBoth() =>
        ProblemsOf(SupplySamples.Offering with { Scope = Scope.Bilateral(CountryCode.Parse("XXX")) with { RegionalGroup = RegionalGroup.African } })
            .Should().Equal(
                "offerings[3].scope.recipient: 'XXX' is not a State in the catalogue of 195 States",
                "offerings[3].scope: a bilateral scope names only its recipient, not a group, States or regions");

    [Fact]
    public void Validate_RegionalNamingNothingButARecipient_ListsBoth() =>
        ProblemsOf(SupplySamples.Offering with { Scope = new Scope { Level = ScopeLevel.Regional, Recipient = CountryCode.Parse("KEN") } })
            .Should().Equal(
                "offerings[3].scope: a regional scope needs a regional group, States or IATI regions",
                "offerings[3].scope.recipient: a regional scope has no single recipient: list the States instead");

    [Fact]
    public void Validate_RegionalWithBadGroupStatesAndRegion_ListsEach() =>
        ProblemsOf(SupplySamples.Offering with
        {
            Scope = new Scope
            {
                Level = ScopeLevel.Regional,
                RegionalGroup = (RegionalGroup)8,
                States = EquatableArray.Create(CountryCode.Parse("KEN"), CountryCode.Parse("KEN"), CountryCode.Parse("XXX")),
                IatiRegions = EquatableArray.Create(new IatiRegion { Code = string.Empty }),
            },
        }).Should().Equal(
            "offerings[3].scope.regionalGroup: '8' is not a regional group",
            "offerings[3].scope.states[1]: KEN is listed twice",
            "offerings[3].scope.states[2]: 'XXX' is not a State in the catalogue of 195 States",
            "offerings[3].scope.iatiRegions[0]: an IATI region needs a code");

    [Fact]
    public void Validate_GlobalNamingAState_IsAProblem() =>
        ProblemsOf(SupplySamples.Offering with { Scope = Scope.Global with { Recipient = CountryCode.Parse("KEN") } }).Should().Equal(
            "offerings[3].scope: a global scope names no recipient, group, States or regions");

    [Fact]
    public void Validate_UndefinedLevel_IsAProblem() =>
        ProblemsOf(SupplySamples.Offering with { Scope = new Scope { Level = (ScopeLevel)0 } }).Should().Equal(
            "offerings[3].scope.level: '0' is not a scope level");

    [Fact]
    public void Validate_UndefinedEnums_ListEach() =>
        ProblemsOf(SupplySamples.Offering with { Modality = (Modality)0, FundingStatus = (FundingStatus)7, GenderEquality = (PolicySignificance)5 })
            .Should().Equal(
                "offerings[3].modality: '0' is not a modality",
                "offerings[3].fundingStatus: '7' is not a funding status",
                "offerings[3].genderEquality: '5' is not a policy significance (codes 0 to 4)");

    [Fact]
    public void Validate_Languages_MissingAndRepeated() =>
        ProblemsOf(SupplySamples.Offering with { Languages = EquatableArray.Create(default(TechAssist.Languages.LanguageCode), TechAssist.Languages.LanguageCode.English, TechAssist.Languages.LanguageCode.English) })
            .Should().Equal(
                "offerings[3].languages[0]: a language code is missing",
                "offerings[3].languages[2]: en is listed twice");

    [Fact]
    public void Validate_Capacity_ZeroEngagementsNegativeBudgetNoCurrency() =>
        ProblemsOf(SupplySamples.Offering with { Capacity = new Capacity { Engagements = 0, Budget = new Budget { Amount = -5m, Currency = default } } })
            .Should().Equal(
                "offerings[3].capacity.engagements: the capacity must be at least 1 engagement, not 0",
                "offerings[3].capacity.budget.amount: a budget must be positive, not -5",
                "offerings[3].capacity.budget.currency: a budget needs its currency");

    [Fact]
    public void Validate_ExcludedStates_UnknownAndRepeated() =>
        ProblemsOf(SupplySamples.Offering with { Eligibility = new Eligibility { ExcludedStates = EquatableArray.Create(CountryCode.Parse("ZZZ"), CountryCode.Parse("BRA"), CountryCode.Parse("BRA")) } })
            .Should().Equal(
                "offerings[3].eligibility.excludedStates[0]: 'ZZZ' is not a State in the catalogue of 195 States",
                "offerings[3].eligibility.excludedStates[2]: BRA is listed twice");

    [Fact]
    public void Validate_ProblemCarriesItsValue()
    {
        var problem = OfferingValidator.Validate(SupplySamples.Offering with { Scope = Scope.Bilateral(CountryCode.Parse("XXX")) }).Problems.Single();

        problem.Path.Should().Be("offering.scope.recipient");
        problem.Value.Should().Be("XXX");
    }
}
