using NodaTime;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Languages;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;
using static TechAssist.Matching.Tests.Testing.Build;

namespace TechAssist.Matching.Tests.Testing;

/// <summary>
/// A small world whose every score and allocation is worked out by hand in the tests.
/// </summary>
/// <remarks>
/// Offerings: O1 (Norway, bilateral Kenya, whole article 23, drafting, English, 1 engagement, 2008-2010);
/// O2 (South Africa, African group, chapter III, legal advice, English and French, 1 engagement);
/// O3 (UNODC, global, 23(2), drafting, no language stated, 5 engagements). Parties: KEN, NGA, DEU (not BRA).
/// </remarks>
internal static class HandBuiltCase
{
    internal static MatchingInput Input => new()
    {
        AsOf = AsOf,
        Statuses = Parties("KEN", "NGA", "DEU"),
        Providers =
        [
            Provider("P-NOR", ProviderKind.DonorState, "NOR"),
            Provider("P-ZAF", ProviderKind.DonorState, "ZAF"),
            Provider("P-UNODC", ProviderKind.UnEntity),
        ],
        Offerings =
        [
            Offering("O1", "P-NOR", Scope.Bilateral(State("KEN")), Coverage.OfProvisions(Provision("23")), [AssistanceType.LegislativeDrafting], 1, [LanguageCode.English], new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2010, 12, 31))),
            Offering("O2", "P-ZAF", Scope.ForRegionalGroup(RegionalGroup.African), Coverage.OfChapters(ChapterNumber.III), [AssistanceType.LegalAdvice], 1, [LanguageCode.English, LanguageCode.French]),
            Offering("O3", "P-UNODC", Scope.Global, Coverage.OfProvisions(Provision("23(2)")), [AssistanceType.LegislativeDrafting], 5),
        ],
        Needs =
        [
            Need("N1", "KEN", "23(2)(a)", AssistanceType.LegislativeDrafting, NeedPriority.High, preferred: [LanguageCode.English]),
            Need("N2", "NGA", "16(1)", AssistanceType.LegalAdvice, consent: SharingConsent.Confidential),
            Need("N3", "DEU", "23(1)", AssistanceType.LegislativeDrafting),
            Need("N4", "BRA", "23", AssistanceType.LegislativeDrafting),
            Need("N5", "KEN", "23(1)", AssistanceType.LegislativeDrafting, NeedPriority.Low),
            Need("N6", "KEN", "23", AssistanceType.LegislativeDrafting, NeedPriority.Low, SharingConsent.WithProviders(ProviderId.From("P-NOR"))),
            Need("N7", "KEN", "23", AssistanceType.LegislativeDrafting, NeedPriority.Low, SharingConsent.WithProviders(ProviderId.From("P-NOR")), [LanguageCode.French]),
            Need("N8", "KEN", "5", AssistanceType.ActionPlan),
        ],
    };

    internal static MatchingEngine Engine(MatchingOptions? options = null) => MatchingEngine.Create(Input, options).GetValueOrThrow();
}
