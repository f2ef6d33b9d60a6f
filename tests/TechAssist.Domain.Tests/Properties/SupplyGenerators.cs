using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Iati;
using TechAssist.Knowledge;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;
using static TechAssist.Tests.Properties.ValueGenerators;

namespace TechAssist.Tests.Properties;

/// <summary>Generators of valid supply documents (every scope level, every kind of coverage, budgets) and expert directories.</summary>
internal static class SupplyGenerators
{
    private static readonly IatiRegion[] Regions =
    [
        new() { Code = "1027" },
        new() { Code = "289", Vocabulary = IatiRegionVocabulary.OecdDac },
        new() { Code = "014", Vocabulary = IatiRegionVocabulary.UnM49 },
        new() { Code = "EU-EAST", Vocabulary = IatiRegionVocabulary.ReportingOrganisation },
    ];

    internal static Gen<SupplyDocument> SupplyDocuments { get; } =
        from providerCount in Gen.Choose(1, 4)
        from providerIds in Ids(providerCount)
        from providers in Gen.CollectToArray(providerIds.Select(Provider))
        from offeringCount in Gen.Choose(0, 6)
        from offeringIds in Ids(offeringCount)
        from offerings in Gen.CollectToArray(offeringIds.Select(id => Offering(id, providerIds)))
        from resourceCount in Gen.Choose(0, 2)
        from resourceIds in Ids(resourceCount)
        from resources in Gen.CollectToArray(resourceIds.Select(Resource))
        select new SupplyDocument { Providers = providers, Offerings = offerings, KnowledgeResources = resources };

    internal static Gen<ExpertDirectoryDocument> ExpertDirectoryDocuments { get; } =
        from count in Gen.Choose(0, 4)
        from ids in Ids(count)
        from experts in Gen.CollectToArray(ids.Select(Expert))
        select new ExpertDirectoryDocument { Experts = experts };

    /// <summary>Provisions, chapters and thematic areas: one kind, two or all three, never nothing.</summary>
    internal static Gen<Coverage> Coverages { get; } =
        from kinds in Gen.Choose(1, 7)
        from provisions in Gen.ListOf(Provisions)
        from chapters in Distinct(Enumerable.Range(1, 8).Select(ChapterNumber.From), 1, 3)
        from areas in Distinct(Enum.GetValues<ThematicArea>(), 1, 2)
        select new Coverage
        {
            Provisions = (kinds & 1) != 0 ? provisions.Append(ProvisionReference.Parse("52(1)")).Distinct().Take(5).ToEquatableArray() : default,
            Chapters = (kinds & 2) != 0 ? chapters.ToEquatableArray() : default,
            ThematicAreas = (kinds & 4) != 0 ? areas.ToEquatableArray() : default,
        };

    internal static Gen<Scope> Scopes { get; } = Gen.OneOf(
        StateCodes.Select(Scope.Bilateral),
        OneOfEnum<RegionalGroup>().Select(Scope.ForRegionalGroup),
        Distinct(StateCatalogue.All.Select(s => s.Code), 1, 6).Select(states => Scope.ForStates(states)),
        Distinct(Regions, 1, 3).Select(regions => Scope.ForIatiRegions(regions)),
        Gen.Constant(Scope.Global));

    internal static Gen<Budget?> Budgets { get; } = Gen.OneOf(
        Gen.Constant((Budget?)null),
        from units in Gen.Choose(1, int.MaxValue)
        from cents in Gen.Choose(0, 99)
        from currency in Gen.Elements("USD", "EUR", "GBP", "JPY", "XOF")
        select (Budget?)new Budget { Amount = units + (cents / 100m), Currency = CurrencyCode.Parse(currency) });

    private static Gen<Provider> Provider(string id) =>
        from kind in OneOfEnum<ProviderKind>()
        from state in StateCodes
        from name in Text
        from languages in Distinct(["en", "fr", "es", "pt"], 0, 3)
        select new Provider
        {
            Id = ProviderId.From(id),
            Name = name,
            Kind = kind,
            State = kind == ProviderKind.DonorState ? state : null,
            Languages = languages.Select(LanguageCode.Parse).ToEquatableArray(),
        };

    private static Gen<Offering> Offering(string id, string[] providers) =>
        from provider in Gen.Elements(providers)
        from title in Text
        from types in Distinct(Enum.GetValues<AssistanceType>(), 0, 3)
        from coverage in Coverages
        from scope in Scopes
        from modality in OneOfEnum<Modality>()
        from languages in Distinct(["en", "fr", "es", "ru"], 0, 2)
        from engagements in Gen.Choose(1, 50)
        from budget in Budgets
        from period in Gen.OrNull(Periods)
        from funding in OneOfEnum<FundingStatus>()
        from partiesOnly in Gen.Elements(true, false)
        from excluded in Distinct(StateCatalogue.All.Select(s => s.Code), 0, 2)
        from gender in Optional(OneOfEnum<PolicySignificance>())
        select new Offering
        {
            Id = OfferingId.From(id),
            Provider = ProviderId.From(provider),
            Title = title,
            AssistanceTypes = types,
            Coverage = coverage,
            Scope = scope,
            Modality = modality,
            Languages = languages.Select(LanguageCode.Parse).ToEquatableArray(),
            Capacity = new Capacity { Engagements = engagements, Budget = budget },
            Period = period,
            FundingStatus = funding,
            Eligibility = new Eligibility { StatesPartiesOnly = partiesOnly, ExcludedStates = excluded },
            GenderEquality = gender,
        };

    private static Gen<KnowledgeResource> Resource(string id) =>
        from kind in OneOfEnum<KnowledgeResourceKind>()
        from title in Text
        from coverage in Coverages
        from languages in Distinct(["en", "fr", "es"], 1, 3)
        select new KnowledgeResource
        {
            Id = KnowledgeResourceId.From(id),
            Kind = kind,
            Title = title,
            Coverage = coverage,
            Languages = languages.Select(LanguageCode.Parse).ToEquatableArray(),
            Link = new Uri($"https://example.org/resources/{Uri.EscapeDataString(id)}"),
        };

    private static Gen<Expert> Expert(string id) =>
        from name in Text
        from nationality in StateCodes
        from nominating in StateCodes
        from languages in Distinct(["en", "fr", "es", "ar"], 1, 3)
        from fields in Gen.CollectToArray(Enumerable.Range(0, 2).Select(_ => Coverages))
        from years in Gen.ArrayOf(Gen.Choose(0, ExpertValidator.MaxYears), 2)
        from fieldCount in Gen.Choose(1, 2)
        from types in Distinct(Enum.GetValues<AssistanceType>(), 0, 3)
        from start in Dates
        from lengths in Gen.ArrayOf(Gen.Choose(0, 300), 3)
        from ranges in Gen.Choose(0, 3)
        from capacity in Gen.Choose(1, 5)
        from employer in Gen.OrNull(from employerName in Text from state in Optional(StateCodes) select new Employer { Name = employerName, State = state })
        from conflicts in Distinct(StateCatalogue.All.Select(s => s.Code), 0, 2)
        from contact in Gen.OrNull(Gen.Elements(new ExpertContact { Email = "expert@example.org" }, new ExpertContact { Telephone = "+41 22 000 00 00" }))
        select new Expert
        {
            Id = ExpertId.From(id),
            Name = name,
            Nationality = nationality,
            NominatingState = nominating,
            Languages = languages.Select(LanguageCode.Parse).ToEquatableArray(),
            Expertise = fields.Take(fieldCount).Select((coverage, i) => new Expertise { Coverage = coverage, Years = years[i] }).ToEquatableArray(),
            AssistanceTypes = types,
            Availability = Disjoint(start, lengths.Take(ranges)),
            Capacity = capacity,
            Employer = employer,
            ExplicitConflicts = conflicts,
            Contact = contact,
        };

    // Ranges one after another with a gap of a week: they never overlap.
    private static EquatableArray<DateInterval> Disjoint(LocalDate start, IEnumerable<int> lengths)
    {
        var ranges = new List<DateInterval>();
        foreach (var length in lengths)
        {
            ranges.Add(new DateInterval(start, start.PlusDays(length)));
            start = start.PlusDays(length + 7);
        }

        return ranges.ToEquatableArray();
    }
}
