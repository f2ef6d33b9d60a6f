using TechAssist.Matching.Scoring;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests;

public class MatchingEngineTests
{
    private static string Id(OfferingId id) => id.Value;

    [Fact]
    public void Explanation_OfABilateralOfferOnTheWholeArticle_HasExactPoints()
    {
        // N1 asks for drafting on 23(2)(a) in English; O1 covers the whole of article 23 for Kenya, in English.
        var candidate = HandBuiltCase.Engine().CandidatesFor(NeedId.From("N1")).Single(c => Id(c.Offering) == "O1");

        candidate.Explanation.Components.Select(c => c.ToString()).Should().Equal(
            "ProvisionFit 30/40 (ProvisionSameArticle)",
            "AssistanceType 30/30 (AssistanceTypeExact)",
            "ScopeSpecificity 15/15 (ScopeBilateral)",
            "Language 10/10 (LanguageMatched)",
            "PeriodOverlap 10/10 (PeriodNotAsked)",
            "SouthSouth 0/5 (NotSouthSouth)",
            "GenderResponsiveness 0/0 (GenderNotAsked)");
        candidate.Explanation.Total.Should().Be(95);
        candidate.Explanation.Maximum.Should().Be(110);
    }

    [Fact]
    public void Explanation_OfARegionalSouthSouthOffer_OnTheChapterWithARelatedType()
    {
        // O2: South Africa to Kenya (both developing), chapter III only, legal advice for a drafting need (related).
        var candidate = HandBuiltCase.Engine().CandidatesFor(NeedId.From("N1")).Single(c => Id(c.Offering) == "O2");

        candidate.Explanation.Components.Select(c => c.ToString()).Should().Equal(
            "ProvisionFit 10/40 (ProvisionSameChapter)",
            "AssistanceType 15/30 (AssistanceTypeRelated)",
            "ScopeSpecificity 10/15 (ScopeRegional)",
            "Language 10/10 (LanguageMatched)",
            "PeriodOverlap 10/10 (PeriodNotAsked)",
            "SouthSouth 5/5 (SouthSouth)",
            "GenderResponsiveness 0/0 (GenderNotAsked)");
        candidate.Explanation.Total.Should().Be(60);
    }

    [Fact]
    public void Candidates_AreBestFirst()
    {
        // O1 95, O3 40 + 30 + 5 + 5 (no language stated) + 10 = 90, O2 60.
        HandBuiltCase.Engine().CandidatesFor(NeedId.From("N1"))
            .Select(c => (Id(c.Offering), c.Explanation.Total))
            .Should().Equal(("O1", 95), ("O3", 90), ("O2", 60));
    }

    [Fact]
    public void Optimal_ServesTheMostWeight()
    {
        // Weights are score x priority (High 3, Medium 2, Low 1): N1: O1 285, O3 270, O2 180; N5: O1 95, O2 60;
        // N6: O1 105; N7: O1 95. The best total is N1->O3 270 + N6->O1 105 + N5->O2 60 = 435.
        var result = HandBuiltCase.Engine().Run(AllocationStrategy.Optimal);

        result.Matches.Select(m => (m.Need.Value, Id(m.Offering), m.Weight))
            .Should().Equal(("N1", "O3", 270), ("N5", "O2", 60), ("N6", "O1", 105));
        result.TotalWeight.Should().Be(435);
        result.TotalScore.Should().Be(90 + 60 + 105);
        result.IsApproximate.Should().BeFalse();
    }

    [Fact]
    public void Greedy_TakesTheBestPairFirstAndSaysItIsApproximate()
    {
        // Greedy takes N1->O1 (285) first, which leaves N5 only O2 (60): 345 < 435.
        var result = HandBuiltCase.Engine().Run(AllocationStrategy.Greedy);

        result.Matches.Select(m => (m.Need.Value, Id(m.Offering))).Should().Equal(("N1", "O1"), ("N5", "O2"));
        result.TotalWeight.Should().Be(345);
        result.IsApproximate.Should().BeTrue();
        result.Unassigned.Single(u => u.Need.Value == "N6").Reason.Should().Be(UnassignedReason.CapacityTaken);
    }

    [Fact]
    public void Unassigned_EachNeedHasItsReasonAndFilterCounts()
    {
        var result = HandBuiltCase.Engine().Run(AllocationStrategy.Optimal);

        result.Unassigned.Select(u => u.ToString()).Should().Equal(
            "N2: NoEligibleOffering (Consent: 1)",
            "N3: NoEligibleOffering (Coverage: 1)",
            "N4: NoEligibleOffering (Eligibility: 1)",
            "N7: CapacityTaken (Consent: 2)",
            "N8: NoOfferingFound");
        result.Unassigned.Single(u => u.Need.Value == "N7").FullOfferings.Select(Id).Should().Equal("O1");
        result.Unassigned.Single(u => u.Need.Value == "N7").OfferingsFound.Should().Be(3);
    }

    [Fact]
    public void CoverageByGroup_CountsOpenNeedsAndServedOnes()
    {
        var coverage = HandBuiltCase.Engine().Run().CoverageByGroup;

        coverage.Select(c => c.ToString()).Should().Equal(
            "African 3/6", "AsiaPacific 0/0", "EasternEuropean 0/0", "LatinAmericanAndCaribbean 0/1", "WesternEuropeanAndOthers 0/1", "No group 0/0");
    }

    [Fact]
    public void MinimumScore_AboveEveryCandidate_LeavesNeedsBelowIt()
    {
        var result = HandBuiltCase.Engine(new MatchingOptions { MinimumScore = 100 }).Run();

        // Only N6 -> O1 (105) reaches 100.
        result.Matches.Select(m => m.Need.Value).Should().Equal("N6");
        result.Unassigned.Single(u => u.Need.Value == "N1").ToString().Should().Be("N1: BelowMinimumScore (BelowMinimumScore: 3)");
    }

    [Fact]
    public void Run_GivesTheSameResultForAnyInputOrder()
    {
        var input = HandBuiltCase.Input;
        var reversed = input with
        {
            Needs = [.. input.Needs.Reverse()],
            Offerings = [.. input.Offerings.Reverse()],
            Providers = [.. input.Providers.Reverse()],
        };

        var first = MatchingEngine.Create(input).GetValueOrThrow().Run();
        var second = MatchingEngine.Create(reversed).GetValueOrThrow().Run();

        second.Should().Be(first);
        TechAssist.Serialization.TechAssistJson.Serialize(second, MatchingJson.Options)
            .Should().Be(TechAssist.Serialization.TechAssistJson.Serialize(first, MatchingJson.Options));
    }

    [Fact]
    public void Create_InconsistentInput_ListsEveryProblem()
    {
        var input = HandBuiltCase.Input with
        {
            Needs = [.. HandBuiltCase.Input.Needs, HandBuiltCase.Input.Needs[0]],
            Offerings = [.. HandBuiltCase.Input.Offerings, Build.Offering("O9", "P-NONE", Scope.Global, Coverage.OfProvisions(Build.Provision("5")), [], 1)],
        };

        var result = MatchingEngine.Create(input, new MatchingOptions { MinimumScore = 0 });

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "options.MinimumScore: the minimum score must be from 1 to the maximum score (115)",
            "needs[8].id: 'N1' is already the id of needs[0]",
            "offerings[3].provider: 'P-NONE' is not one of the input's providers");
    }

    [Fact]
    public void ClosedNeeds_AreNotMatched()
    {
        var input = HandBuiltCase.Input with
        {
            Needs = [Build.Need("M1", "KEN", "23", TechAssist.Assistance.AssistanceType.LegislativeDrafting, status: NeedStatus.Met)],
        };

        var result = MatchingEngine.Create(input).GetValueOrThrow().Run();

        result.Matches.Should().BeEmpty();
        result.Unassigned.Should().BeEmpty();
    }
}
