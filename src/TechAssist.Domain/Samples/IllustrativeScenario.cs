using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.States;

namespace TechAssist.Samples;

/// <summary>
/// ILLUSTRATIVE, NOT REAL DATA: a generated set of States parties, self-assessment reports and needs with the response
/// pattern of December 2008 (70 of 127 States parties reporting), for demonstrations, notebooks and tests.
/// </summary>
/// <remarks>
/// <para>Which States are parties, their dates, their answers and needs are drawn at random with a fixed seed
/// (<see cref="Random"/> seeded, so the same seed gives the same scenario, byte for byte). Nothing here describes what
/// any State answered or needs. Print <see cref="Label"/> beside every output.</para>
/// <para>Only the group counts follow the 2008 report (paragraph 6): African 11 of 35 States parties (31%),
/// Asia-Pacific 13 of 31 (42%), Eastern European 12 of 16 (75%), Latin American and Caribbean 14 of 20 (70%),
/// Western European and Others 20 of 25 (80%): 70 of 127 (55%), the last three averaging 75%. The per-group
/// numbers of parties are made up to fit those rates. Reports answer <see cref="ReviewCycleChecklists.FirstCycle"/>.</para>
/// </remarks>
public sealed class IllustrativeScenario
{
    /// <summary>The seed <see cref="Create"/> uses by default.</summary>
    public const int DefaultSeed = 2008;

    private static readonly ImmutableArray<(RegionalGroup Group, int Parties, int Reporting)> Pattern =
    [
        (RegionalGroup.African, 35, 11),
        (RegionalGroup.AsiaPacific, 31, 13),
        (RegionalGroup.EasternEuropean, 16, 12),
        (RegionalGroup.LatinAmericanAndCaribbean, 20, 14),
        (RegionalGroup.WesternEuropeanAndOthers, 25, 20),
    ];

    private IllustrativeScenario(int seed, ConventionStatusTable statuses, EquatableArray<SelfAssessmentReport> reports, EquatableArray<Need> needs)
    {
        Seed = seed;
        Statuses = statuses;
        Reports = reports;
        Needs = needs;
    }

    /// <summary>The seed the scenario was generated with.</summary>
    public int Seed { get; }

    /// <summary>The label to print with any output: <c>Illustrative data (generated, seed 2008), not real</c>.</summary>
    public string Label => $"Illustrative data (generated, seed {Seed.ToString(CultureInfo.InvariantCulture)}), not real";

    /// <summary>The date of the scenario: 18 December 2008, the Working Group's second meeting.</summary>
    public LocalDate At { get; } = new(2008, 12, 18);

    /// <summary>The generated Convention statuses: 127 States parties.</summary>
    public ConventionStatusTable Statuses { get; }

    /// <summary>The regional groups used: <see cref="RegionalGroupTable.Default"/>.</summary>
    public RegionalGroupTable Groups { get; } = RegionalGroupTable.Default;

    /// <summary>The checklist answered.</summary>
    public Checklist Checklist { get; } = ReviewCycleChecklists.FirstCycle;

    /// <summary>The 70 generated final reports, ordered by State.</summary>
    public EquatableArray<SelfAssessmentReport> Reports { get; }

    /// <summary>The needs derived from the reports.</summary>
    public EquatableArray<Need> Needs { get; }

    /// <summary>Generates the scenario for <paramref name="seed"/>.</summary>
    public static IllustrativeScenario Create(int seed = DefaultSeed)
    {
        // A fixed, seeded generator: deterministic by design, not for security.
#pragma warning disable CA5394
        var random = new Random(seed);
        var statuses = new List<ConventionStatus>();
        var reports = new List<SelfAssessmentReport>();
        foreach (var (group, parties, reporting) in Pattern)
        {
            var members = RegionalGroupTable.Default.MembersOf(group).ToArray();
            random.Shuffle(members);
            for (var i = 0; i < parties; i++)
            {
                var signed = new LocalDate(2003, 12, 9).PlusDays(random.Next(0, 730));
                var consented = signed.PlusDays(random.Next(30, Period.Between(signed, new LocalDate(2008, 11, 30), PeriodUnits.Days).Days));
                statuses.Add(new ConventionStatus { Party = members[i], SignedOn = signed, ConsentedOn = consented, Consent = ConsentKind.Ratification });
                if (i < reporting)
                {
                    reports.Add(Report(members[i], random));
                }
            }
        }
#pragma warning restore CA5394

        var table = ConventionStatusTable.Create(statuses).GetValueOrThrow();
        var ordered = reports.OrderBy(r => r.State).ToEquatableArray();
        var needs = NeedDerivation.FromReports(ordered, new LocalDate(2008, 12, 18).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), "illustrative-generator");
        return new IllustrativeScenario(seed, table, ordered, needs);
    }

#pragma warning disable CA5394
    private static SelfAssessmentReport Report(CountryCode state, Random random)
    {
        var submitted = new LocalDate(2007, 1, 15).PlusDays(random.Next(0, 685));
        var consent = random.Next(4) switch
        {
            0 => SharingConsent.Confidential,
            1 => SharingConsent.Public,
            _ => SharingConsent.WithAllProviders,
        };
        var answers = ReviewCycleChecklists.FirstCycle.Items.Select(item => Answer(item, random)).ToEquatableArray();
        return new SelfAssessmentReport
        {
            Id = ReportId.From($"{state}-ILLUSTRATIVE"),
            State = state,
            Checklist = ReviewCycleChecklists.FirstCycleId,
            ChecklistVersion = 1,
            Status = ReportStatus.Final,
            SubmissionDate = submitted,
            Consent = consent,
            Answers = answers,
        };
    }

    private static ChecklistAnswer Answer(ChecklistItem item, Random random)
    {
        var roll = random.Next(100);
        var compliance = roll < 40 ? Compliance.Full : roll < 70 ? Compliance.Partial : roll < 90 ? Compliance.None : Compliance.NotApplicable;
        var needed = compliance is Compliance.Partial or Compliance.None && random.Next(100) < 70;
        var types = needed ? PickTypes(item.Provision.Article.Value, random) : default;
        return new ChecklistAnswer
        {
            Provision = item.Provision,
            Compliance = compliance,
            AssistanceNeeded = needed,
            AssistanceTypes = types,
            Priority = needed ? (NeedPriority)random.Next(1, 4) : NeedPriority.Unstated,
            AsksForGenderResponsiveness = needed && random.Next(10) == 0,
        };
    }

    private static EquatableArray<AssistanceType> PickTypes(int article, Random random)
    {
        // Made-up leanings so that rankings differ: law-making help for chapter III, model agreements for chapter IV.
        AssistanceType[] pool = article <= 42
            ? [AssistanceType.LegislativeDrafting, AssistanceType.LegislativeDrafting, AssistanceType.LegalAdvice, AssistanceType.LegalAdvice, AssistanceType.CapacityBuilding, AssistanceType.ModelLegislation, AssistanceType.GoodPractices, AssistanceType.OnSiteExpert, AssistanceType.Technology, AssistanceType.ActionPlan]
            : [AssistanceType.ModelAgreements, AssistanceType.ModelAgreements, AssistanceType.CapacityBuilding, AssistanceType.CapacityBuilding, AssistanceType.GoodPractices, AssistanceType.LegalAdvice, AssistanceType.Technology, AssistanceType.OnSiteExpert];
        var count = random.Next(1, 4);
        var chosen = new SortedSet<AssistanceType>();
        for (var i = 0; i < count; i++)
        {
            chosen.Add(pool[random.Next(pool.Length)]);
        }

        return chosen.ToEquatableArray();
    }
#pragma warning restore CA5394
}
