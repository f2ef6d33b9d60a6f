using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

/// <summary>Valid sample values that tests change one field at a time.</summary>
internal static class SupplySamples
{
    internal static Provider Provider => new()
    {
        Id = ProviderId.From("BR-ABC"),
        Name = "Brazilian Cooperation Agency",
        Kind = ProviderKind.DonorState,
        State = CountryCode.Parse("BRA"),
        Languages = EquatableArray.Create(LanguageCode.Parse("pt"), LanguageCode.English),
    };

    internal static Offering Offering => new()
    {
        Id = OfferingId.From("BR-ABC-2026-1"),
        Provider = ProviderId.From("BR-ABC"),
        Title = "Asset recovery case work",
        AssistanceTypes = EquatableArray.Create(AssistanceType.LegalAdvice, AssistanceType.CapacityBuilding),
        Coverage = Coverage.OfThematicAreas(ThematicArea.AssetRecovery),
        Scope = Scope.ForRegionalGroup(RegionalGroup.LatinAmericanAndCaribbean),
        Modality = Modality.RegionalWorkshop,
        Languages = EquatableArray.Create(LanguageCode.Spanish, LanguageCode.Parse("pt")),
        Capacity = new Capacity { Engagements = 3, Budget = new Budget { Amount = 150000m, Currency = CurrencyCode.Parse("USD") } },
        Period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
        FundingStatus = FundingStatus.Pipeline,
        Eligibility = new Eligibility { ExcludedStates = EquatableArray.Create(CountryCode.Parse("BRA")) },
        GenderEquality = PolicySignificance.SignificantObjective,
    };

    internal static Expert Expert => new()
    {
        Id = ExpertId.From("KEN-2026-014"),
        Name = "Amina Otieno",
        Nationality = CountryCode.Parse("KEN"),
        NominatingState = CountryCode.Parse("KEN"),
        Languages = EquatableArray.Create(LanguageCode.English, LanguageCode.Parse("sw")),
        Expertise = EquatableArray.Create(new Expertise { Coverage = Coverage.OfProvisions(ProvisionReference.Parse("52")), Years = 12 }),
        AssistanceTypes = EquatableArray.Create(AssistanceType.OnSiteExpert),
        Availability = EquatableArray.Create(
            new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 6, 30)),
            new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 11, 30))),
        Capacity = 2,
        Employer = new Employer { Name = "Assets Recovery Agency", State = CountryCode.Parse("UGA") },
        ExplicitConflicts = EquatableArray.Create(CountryCode.Parse("TZA")),
        Contact = new ExpertContact { Email = "amina@example.org", Telephone = "+254 20 000 0000" },
    };

    internal static KnowledgeResource KnowledgeResource => new()
    {
        Id = KnowledgeResourceId.From("asset-recovery-handbook"),
        Kind = KnowledgeResourceKind.Guide,
        Title = "Asset recovery handbook",
        Coverage = Coverage.OfThematicAreas(ThematicArea.AssetRecovery),
        Languages = EquatableArray.Create(LanguageCode.English),
        Link = new Uri("https://example.org/asset-recovery-handbook"),
    };
}
