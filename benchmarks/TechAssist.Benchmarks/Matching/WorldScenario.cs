using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Languages;
using TechAssist.Matching;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// Seeded, synthetic matching inputs at world scale: not real data. "World": the 193 member States (all but three
/// of them parties), 20,000 open needs, 200 providers, 2,000 offerings at the three levels, 5,000 experts. "Stress":
/// 200,000 needs and 20,000 offerings with narrower coverage so the candidate count per need stays near the World's.
/// </summary>
/// <remarks>
/// Deterministic: <see cref="System.Random"/> with a fixed seed, ids numbered in creation order. Capacity is "tight"
/// (engagements for about 40% of the needs) or "loose" (about 150%).
/// </remarks>
internal static class WorldScenario
{
    internal const int DefaultSeed = 20260101;

    internal static readonly LocalDate AsOf = new(2026, 1, 1);

    private static readonly LanguageCode[] LanguagePool =
        [LanguageCode.English, LanguageCode.French, LanguageCode.Spanish, LanguageCode.Parse("ar"), LanguageCode.Parse("ru"), LanguageCode.Parse("zh")];

    private static readonly AssistanceType[] Types = Enum.GetValues<AssistanceType>();

    /// <summary>The World instance: 20,000 needs, 2,000 offerings.</summary>
    internal static MatchingInput World(bool tight, int seed = DefaultSeed) =>
        Create(seed, needCount: 20_000, offeringCount: 2_000, providerCount: 200, expertCount: 5_000, tight, new Shape(0.15, 0.35, 0.4, 5));

    /// <summary>The Stress instance: 200,000 needs, 20,000 offerings, narrower offerings.</summary>
    internal static MatchingInput Stress(bool tight, int seed = DefaultSeed) =>
        Create(seed, needCount: 200_000, offeringCount: 20_000, providerCount: 2_000, expertCount: 5_000, tight, new Shape(0.8, 0.15, 0, 3));

    /// <summary>Generates an instance of the given size and <paramref name="shape"/>.</summary>
    internal static MatchingInput Create(int seed, int needCount, int offeringCount, int providerCount, int expertCount, bool tight, Shape shape)
    {
        // A fixed, seeded generator: deterministic by design, not for security.
#pragma warning disable CA5394
        var random = new Random(seed);
        var members = StateCatalogue.Members.Select(s => s.Code).Order().ToArray();
        var groups = RegionalGroupTable.Default;
        var statuses = Statuses(members, random);
        var provisions = ReviewCycleChecklists.FirstCycle.Items.Select(i => i.Provision).Distinct().Order().ToArray();
        var chapters = ConventionCatalogue.Chapters.Select(c => c.Number).Where(c => c.Value >= 2 && c.Value <= 5).ToArray();
        var areas = ConventionCatalogue.ThematicAreas.ToArray();

        var providers = new Provider[providerCount];
        for (var p = 0; p < providerCount; p++)
        {
            var kind = (ProviderKind)random.Next(1, 6);
            providers[p] = new Provider
            {
                Id = ProviderId.From($"P{p:D5}"),
                Name = $"Provider {p}",
                Kind = kind,
                State = kind == ProviderKind.DonorState || random.Next(3) == 0 ? members[random.Next(members.Length)] : null,
            };
        }

        var needs = new Need[needCount];
        for (var n = 0; n < needCount; n++)
        {
            needs[n] = Need(n, members[random.Next(members.Length)], provisions, providers, random);
        }

        var averageCapacity = needCount * (tight ? 0.4 : 1.5) / offeringCount;
        var offerings = new Offering[offeringCount];
        for (var o = 0; o < offeringCount; o++)
        {
            offerings[o] = Offering(o, providers[random.Next(providerCount)].Id, members, groups, provisions, chapters, areas, averageCapacity, shape, random);
        }

        var experts = new Expert[expertCount];
        for (var e = 0; e < expertCount; e++)
        {
            var nationality = members[random.Next(members.Length)];
            var start = AsOf.PlusDays(random.Next(-200, 200));
            experts[e] = new Expert
            {
                Id = ExpertId.From($"E{e:D6}"),
                Name = $"Expert {e}",
                Nationality = nationality,
                NominatingState = nationality,
                Languages = Languages(random, 1, 3),
                Expertise = EquatableArray.Create(new Expertise { Coverage = Coverage.OfProvisions(Pick(provisions, random, 1, 4)), Years = random.Next(2, 30) }),
                AssistanceTypes = PickTypes(random, 1, 3),
                Availability = EquatableArray.Create(new DateInterval(start, start.PlusDays(random.Next(90, 900)))),
                Capacity = random.Next(1, 4),
            };
        }
#pragma warning restore CA5394

        return new MatchingInput
        {
            Needs = needs,
            Providers = providers,
            Offerings = offerings,
            Experts = experts,
            Groups = groups,
            Statuses = statuses,
            AsOf = AsOf,
        };
    }

#pragma warning disable CA5394
    private static ConventionStatusTable Statuses(CountryCode[] members, Random random)
    {
        // All but three member States are parties, as in the real Convention's near-universal adherence.
        var outsiders = new HashSet<int>();
        while (outsiders.Count < 3)
        {
            outsiders.Add(random.Next(members.Length));
        }

        var statuses = members
            .Where((_, i) => !outsiders.Contains(i))
            .Select(code =>
            {
                var signed = new LocalDate(2003, 12, 9).PlusDays(random.Next(0, 730));
                return new ConventionStatus { Party = code, SignedOn = signed, ConsentedOn = signed.PlusDays(random.Next(30, 3000)), Consent = ConsentKind.Ratification };
            });
        return ConventionStatusTable.Create(statuses).GetValueOrThrow();
    }

    private static Need Need(int n, CountryCode state, ProvisionReference[] provisions, Provider[] providers, Random random)
    {
        var identified = AsOf.PlusDays(-random.Next(0, 700));
        var provision = provisions[random.Next(provisions.Length)];
        if (random.Next(4) == 0)
        {
            provision = ProvisionReference.ForArticle(provision.Article);
        }

        var consent = random.Next(100) switch
        {
            < 80 => SharingConsent.WithAllProviders,
            < 88 => SharingConsent.Public,
            < 95 => SharingConsent.WithProviders([.. Enumerable.Range(0, random.Next(3, 30)).Select(_ => providers[random.Next(providers.Length)].Id)]),
            _ => SharingConsent.Confidential,
        };
        var wantsPeriod = random.Next(10) < 3;
        var wantedStart = AsOf.PlusDays(random.Next(0, 365));
        return new Need
        {
            Id = NeedId.From($"N{n:D6}"),
            State = state,
            Provision = provision,
            AssistanceType = Types[random.Next(Types.Length)],
            Priority = (NeedPriority)random.Next(0, 4),
            Identified = identified,
            Source = NeedSource.Direct("world-generator"),
            Consent = consent,
            Status = NeedStatus.Open,
            StatusHistory = EquatableArray.Create(new NeedStatusChange { Status = NeedStatus.Open, On = identified }),
            Provenance = default,
            AsksForGenderResponsiveness = random.Next(10) == 0,
            PreferredLanguages = random.Next(10) < 4 ? Languages(random, 1, 2) : default,
            RequiredLanguage = random.Next(20) == 0 ? LanguagePool[random.Next(LanguagePool.Length)] : null,
            WantedPeriod = wantsPeriod ? new DateInterval(wantedStart, wantedStart.PlusDays(random.Next(90, 540))) : null,
        };
    }

    private static Offering Offering(
        int o,
        ProviderId provider,
        CountryCode[] members,
        RegionalGroupTable groups,
        ProvisionReference[] provisions,
        ChapterNumber[] chapters,
        ThematicArea[] areas,
        double averageCapacity,
        Shape shape,
        Random random)
    {
        var level = random.NextDouble();
        var breadth = shape.Breadth;
        Scope scope;
        if (level < shape.Bilateral)
        {
            scope = Scope.Bilateral(members[random.Next(members.Length)]);
        }
        else if (level < shape.Bilateral + shape.Regional)
        {
            var group = (RegionalGroup)random.Next(1, 6);
            scope = random.Next(5) == 0
                ? Scope.ForStates(Pick(groups.MembersOf(group).ToArray(), random, 5, 16))
                : Scope.ForRegionalGroup(group);
        }
        else
        {
            scope = Scope.Global;
        }

        var roll = random.NextDouble();
        var coverage = roll < 0.12 * breadth ? Coverage.OfChapters(chapters[random.Next(chapters.Length)])
            : roll < 0.22 * breadth ? Coverage.OfThematicAreas(areas[random.Next(areas.Length)])
            : roll < 0.3 * breadth ? new Coverage { Provisions = Pick(provisions, random, 1, 4), Chapters = EquatableArray.Create(chapters[random.Next(chapters.Length)]) }
            : Coverage.OfProvisions(Pick(provisions, random, 1, shape.MaxProvisions + 1).Select(p => random.Next(3) == 0 ? ProvisionReference.ForArticle(p.Article) : p).ToArray());

        var periodRoll = random.Next(20);
        var start = AsOf.PlusDays(-random.Next(0, 365));
        DateInterval? period = periodRoll switch
        {
            0 => new DateInterval(start.PlusDays(-400), start.PlusDays(-400 + random.Next(30, 300))),
            < 14 => new DateInterval(start, AsOf.PlusDays(random.Next(180, 1500))),
            _ => null,
        };
        var excluded = random.Next(30) == 0 ? Pick(members, random, 1, 5) : [];
        return new Offering
        {
            Id = OfferingId.From($"O{o:D6}"),
            Provider = provider,
            Title = $"Offering {o}",
            AssistanceTypes = random.Next(20) == 0 ? default : PickTypes(random, 1, 4),
            Coverage = coverage,
            Scope = scope,
            Modality = (Modality)random.Next(1, 7),
            Languages = random.Next(5) == 0 ? default : Languages(random, 1, 4),
            Capacity = new Capacity { Engagements = 1 + random.Next((int)Math.Max(1, Math.Round((2 * averageCapacity) - 1))) },
            Period = period,
            FundingStatus = random.Next(20) == 0 ? FundingStatus.SeekingVoluntaryFunding : FundingStatus.Funded,
            Eligibility = excluded.Length > 0 ? new Eligibility { ExcludedStates = excluded } : Eligibility.Default,
            GenderEquality = random.Next(4) switch
            {
                0 => null,
                1 => PolicySignificance.NotTargeted,
                2 => PolicySignificance.SignificantObjective,
                _ => PolicySignificance.PrincipalObjective,
            },
        };
    }

    private static EquatableArray<LanguageCode> Languages(Random random, int min, int max) =>
        Pick(LanguagePool, random, min, max + 1).Order().ToEquatableArray();

    private static EquatableArray<AssistanceType> PickTypes(Random random, int min, int max) =>
        Pick(Types, random, min, max + 1).Order().ToEquatableArray();

    /// <summary>Between <paramref name="min"/> and <paramref name="maxExclusive"/> - 1 distinct items, in pool order.</summary>
    private static T[] Pick<T>(T[] pool, Random random, int min, int maxExclusive)
    {
        var count = Math.Min(pool.Length, random.Next(min, maxExclusive));
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(pool.Length));
        }

        return [.. chosen.Select(i => pool[i])];
    }
#pragma warning restore CA5394

    /// <summary>The mix of offerings: shares of bilateral and regional scope (the rest global), how often coverage is
    /// by chapter or thematic area (1 = the World's base rate, 0 = never), and the most provisions an offering names.</summary>
    internal readonly record struct Shape(double Bilateral, double Regional, double Breadth, int MaxProvisions);
}
