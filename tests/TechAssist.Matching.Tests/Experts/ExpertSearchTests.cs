using NodaTime;
using TechAssist.Assistance;
using TechAssist.Convention;
using TechAssist.Experts;
using TechAssist.Languages;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Experts;

public class ExpertSearchTests
{
    private static readonly DateInterval Available = new(new LocalDate(2008, 1, 1), new LocalDate(2010, 12, 31));

    private static Expert Expert(string id, string nationality, Coverage coverage, int years, AssistanceType type, LanguageCode language, DateInterval availability) => new()
    {
        Id = ExpertId.From(id),
        Name = "Expert " + id,
        Nationality = Build.State(nationality),
        NominatingState = Build.State(nationality),
        Expertise = [new Expertise { Coverage = coverage, Years = years }],
        AssistanceTypes = [type],
        Languages = [language],
        Availability = [availability],
        Capacity = 1,
        Contact = new ExpertContact { Email = id + "@example.org" },
    };

    private static MatchingEngine Engine() => MatchingEngine.Create(HandBuiltCase.Input with
    {
        Experts =
        [
            Expert("E1", "KEN", Coverage.OfProvisions(ProvisionReference.Parse("23")), 20, AssistanceType.LegislativeDrafting, LanguageCode.English, Available),
            Expert("E2", "BRA", Coverage.OfThematicAreas(ThematicArea.CriminalizationAndLawEnforcement), 12, AssistanceType.LegislativeDrafting, LanguageCode.English, Available),
            Expert("E3", "NOR", Coverage.OfProvisions(ProvisionReference.Parse("23")), 5, AssistanceType.LegalAdvice, LanguageCode.French, new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2009, 6, 30))),
        ],
    }).GetValueOrThrow();

    [Fact]
    public void FindExperts_RanksWithReasonsAndLeavesOutConflicts()
    {
        // E1 is Kenyan: conflicted for a Kenyan need. E2: chapter 10 + drafting 30 + English 10 + available 10
        // + South-South (Brazil to Kenya) 5 + 12 years capped at 10 = 75. E3: article 23 30 + legal advice (related) 15
        // + French for an English need 0 + available 10 + 0 + 5 years = 60.
        var experts = Engine().FindExperts(NeedId.From("N1"));

        experts.Select(e => (e.Expert.Value, e.Explanation.Total)).Should().Equal(("E2", 75), ("E3", 60));
        experts[0].Explanation.Components.Select(c => c.ToString()).Should().Equal(
            "ProvisionFit 10/40 (ProvisionSameChapter)",
            "AssistanceType 30/30 (AssistanceTypeExact)",
            "Language 10/10 (LanguageMatched)",
            "PeriodOverlap 10/10 (PeriodNotAsked)",
            "SouthSouth 5/5 (SouthSouth)",
            "Experience 10/10 (ExperienceYears)");
        experts[0].ToString().Should().Be("E2 Expert E2 (75/105)");
    }

    [Fact]
    public void FindExperts_RespectsAvailabilityInTheWantedPeriod()
    {
        var input = HandBuiltCase.Input with
        {
            Needs = [Build.Need("W1", "KEN", "23(1)", AssistanceType.LegalAdvice, wanted: new DateInterval(new LocalDate(2009, 9, 1), new LocalDate(2009, 10, 31)))],
            Experts = Engine().Input.Experts,
        };

        // E3 is available until 2009-06-30 only; E2 gives drafting, related to legal advice.
        MatchingEngine.Create(input).GetValueOrThrow().FindExperts(NeedId.From("W1")).Select(e => e.Expert.Value).Should().Equal("E2");
    }

    [Fact]
    public void AllocateExperts_RespectsCapacityAndCarriesNoContactDetails()
    {
        var allocation = Engine().AllocateExperts();

        allocation.Assignments.GroupBy(a => a.Expert).Should().OnlyContain(g => g.Count() == 1, because: "each expert has a capacity of 1");
        allocation.Assignments.Should().NotBeEmpty();
        TechAssist.Serialization.TechAssistJson.Serialize(allocation, MatchingJson.Options).Should().NotContain("@example.org");
    }
}
