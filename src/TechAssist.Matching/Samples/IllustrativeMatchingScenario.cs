using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Languages;
using TechAssist.Needs;
using TechAssist.Samples;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching.Samples;

/// <summary>
/// ILLUSTRATIVE, NOT REAL DATA: the demand side of <see cref="IllustrativeScenario"/> (127 States parties, 70 reporting,
/// the founding report's response pattern) with a generated supply side: providers, offerings at bilateral, regional
/// and global level, experts and knowledge resources. Generated with a fixed seed, so it is the same on every run.
/// </summary>
/// <remarks>No provider, offering, expert or resource here exists; names say so. It is there to show the library working end to end.</remarks>
public sealed class IllustrativeMatchingScenario
{
    private static readonly LanguageCode[] Languages = [LanguageCode.English, LanguageCode.French, LanguageCode.Spanish];

    private IllustrativeMatchingScenario(IllustrativeScenario demand, MatchingInput input)
    {
        Demand = demand;
        Input = input;
    }

    /// <summary>The demand side: statuses, reports and needs.</summary>
    public IllustrativeScenario Demand { get; }

    /// <summary>Both sides, ready for <see cref="MatchingEngine.Create"/>.</summary>
    public MatchingInput Input { get; }

    /// <summary>A label to print beside anything computed from this scenario.</summary>
    public string Label => Demand.Label;

    /// <summary>Generates the scenario; the same seed always gives the same scenario.</summary>
    public static IllustrativeMatchingScenario Create(int seed = IllustrativeScenario.DefaultSeed)
    {
        var demand = IllustrativeScenario.Create(seed);
#pragma warning disable CA5394 // A fixed, seeded generator: deterministic by design, not for security.
        var random = new Random(seed + 1);
        var parties = demand.Statuses.StatesPartiesOn(demand.At).ToArray();
        var donors = new[] { "NOR", "SWE", "GBR", "DEU", "FRA", "USA", "JPN", "AUS" };
        var south = new[] { "BRA", "ZAF", "IND", "MYS", "CHL", "NGA" };
        var providers = new List<Provider>
        {
            new() { Id = ProviderId.From("ILL-UN-1"), Name = "Illustrative UN entity", Kind = ProviderKind.UnEntity, Languages = [.. Languages] },
            new() { Id = ProviderId.From("ILL-BANK-1"), Name = "Illustrative development bank", Kind = ProviderKind.DevelopmentBank, Languages = [LanguageCode.English] },
            new() { Id = ProviderId.From("ILL-CSO-1"), Name = "Illustrative academic network", Kind = ProviderKind.CivilSocietyOrAcademic, Languages = [LanguageCode.English, LanguageCode.Spanish] },
        };
        providers.AddRange(donors.Concat(south).Select(code => new Provider
        {
            Id = ProviderId.From("ILL-" + code),
            Name = $"Illustrative donor agency of {StateCatalogue.Get(CountryCode.Parse(code)).Name}",
            Kind = ProviderKind.DonorState,
            State = CountryCode.Parse(code),
            Languages = [Languages[random.Next(Languages.Length)]],
        }));

        var period = new DateInterval(new LocalDate(2008, 7, 1), new LocalDate(2010, 12, 31));
        var offerings = new List<Offering>();
        var types = Enum.GetValues<AssistanceType>().Where(t => t != AssistanceType.Other).ToArray();
        var open = demand.Needs.Where(n => n.Status == NeedStatus.Open).ToArray();

        // Bilateral: a donor takes up needs of a State it chose, on their articles.
        for (var i = 0; i < 60; i++)
        {
            var need = open[random.Next(open.Length)];
            var donor = providers[3 + random.Next(providers.Count - 3)];
            if (donor.State == need.State)
            {
                continue;
            }

            offerings.Add(Offer($"ILL-BI-{i:000}", donor, Scope.Bilateral(need.State), Coverage.OfProvisions(ProvisionReference.ForArticle(need.Provision.Article)), [need.AssistanceType, types[random.Next(types.Length)]], 1 + random.Next(3), period, random));
        }

        // Regional: a programme per group and thematic area, with a few engagements.
        var serial = 0;
        foreach (var group in Enum.GetValues<RegionalGroup>())
        {
            foreach (var area in new[] { ThematicArea.CriminalizationAndLawEnforcement, ThematicArea.InternationalCooperation })
            {
                var provider = providers[random.Next(providers.Count)];
                offerings.Add(Offer($"ILL-RE-{serial++:000}", provider, Scope.ForRegionalGroup(group), Coverage.OfThematicAreas(area), [AssistanceType.CapacityBuilding, AssistanceType.GoodPractices, AssistanceType.LegalAdvice], 4 + random.Next(6), period, random));
            }
        }

        // Global: the UN entity's programmes on each area of the first review cycle.
        offerings.Add(Offer("ILL-GL-001", providers[0], Scope.Global, Coverage.OfThematicAreas(ThematicArea.CriminalizationAndLawEnforcement), [AssistanceType.LegislativeDrafting, AssistanceType.ModelLegislation, AssistanceType.LegalAdvice], 25, period, random));
        offerings.Add(Offer("ILL-GL-002", providers[0], Scope.Global, Coverage.OfThematicAreas(ThematicArea.InternationalCooperation), [AssistanceType.ModelAgreements, AssistanceType.CapacityBuilding], 15, period, random));
        offerings.Add(Offer("ILL-GL-003", providers[1], Scope.Global, Coverage.OfChapters(ChapterNumber.III), [AssistanceType.Technology, AssistanceType.OnSiteExpert], 10, period, random));

        var experts = Enumerable.Range(1, 60).Select(i =>
        {
            var nationality = parties[random.Next(parties.Length)];
            return new Expert
            {
                Id = ExpertId.From($"ILL-EXP-{i:000}"),
                Name = $"Illustrative expert {i}",
                Nationality = nationality,
                NominatingState = nationality,
                Languages = [Languages[random.Next(Languages.Length)]],
                Expertise = [new Expertise { Coverage = Coverage.OfThematicAreas(random.Next(2) == 0 ? ThematicArea.CriminalizationAndLawEnforcement : ThematicArea.InternationalCooperation), Years = 3 + random.Next(20) }],
                AssistanceTypes = [types[random.Next(types.Length)], types[random.Next(types.Length)]],
                Availability = [period],
                Capacity = 1 + random.Next(3),
            };
        }).ToEquatableArray();
#pragma warning restore CA5394

        var knowledge = new[]
        {
            Resource("ILL-KR-1", KnowledgeResourceKind.ModelLegislation, "Illustrative model provisions on the laundering of proceeds of crime", Coverage.OfProvisions(ProvisionReference.ForArticle(ArticleNumber.From(23)))),
            Resource("ILL-KR-2", KnowledgeResourceKind.ModelAgreement, "Illustrative model treaty on mutual legal assistance", Coverage.OfProvisions(ProvisionReference.ForArticle(ArticleNumber.From(46)))),
            Resource("ILL-KR-3", KnowledgeResourceKind.GoodPracticeSummary, "Illustrative good practices in international cooperation", Coverage.OfThematicAreas(ThematicArea.InternationalCooperation)),
            Resource("ILL-KR-4", KnowledgeResourceKind.Guide, "Illustrative guide on criminalization", Coverage.OfThematicAreas(ThematicArea.CriminalizationAndLawEnforcement)),
        };

        // A few needs already served by two providers at once, so the matrix shows its coordination alert.
        var recorded = demand.At.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var needs = demand.Needs.Select((need, index) => index % 97 == 3 && need.Status == NeedStatus.Open
            ? (need with
            {
                Deliveries =
                [
                    new NeedDelivery { Provider = providers[3].Id, Period = period },
                    new NeedDelivery { Provider = providers[4].Id, Period = new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31)) },
                ],
            }).ChangeStatus(NeedStatus.InDelivery, demand.At, "illustrative-generator", recorded, "two providers report delivering it")
            : need).ToEquatableArray();

        var input = new MatchingInput
        {
            AsOf = demand.At,
            Statuses = demand.Statuses,
            Groups = demand.Groups,
            Needs = needs,
            Providers = [.. providers],
            Offerings = [.. offerings],
            Experts = experts,
            KnowledgeResources = [.. knowledge],
        };
        return new IllustrativeMatchingScenario(demand, input);
    }

#pragma warning disable CA5394
    private static Offering Offer(string id, Provider provider, Scope scope, Coverage coverage, AssistanceType[] types, int capacity, DateInterval period, Random random) => new()
    {
        Id = OfferingId.From(id),
        Provider = provider.Id,
        Title = $"Illustrative offering {id}",
        AssistanceTypes = [.. types.Distinct().Order()],
        Coverage = coverage,
        Scope = scope,
        Modality = (Modality)(1 + random.Next(6)),
        Languages = provider.Languages,
        Capacity = new Capacity { Engagements = capacity },
        Period = period,
        GenderEquality = (PolicySignificance)random.Next(3),
    };
#pragma warning restore CA5394

    private static KnowledgeResource Resource(string id, KnowledgeResourceKind kind, string title, Coverage coverage) => new()
    {
        Id = KnowledgeResourceId.From(id),
        Kind = kind,
        Title = title,
        Coverage = coverage,
        Languages = [LanguageCode.English],
        Link = new Uri($"https://example.org/illustrative/{id.ToLowerInvariant()}", UriKind.Absolute),
    };
}
