using TechAssist.Assistance;
using TechAssist.Needs;
using TechAssist.Reviews;
using TechAssist.States;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reviews;

public class NeedsReviewTests
{
    // KEN, NGA (African); IND (Asia-Pacific); BRA, MEX (GRULAC); FRA (WEOG, withdrawn so not counted).
    // BRA records the same need twice: it counts once.
    internal static List<Need> Needs() =>
    [
        Need("KEN", "15", AssistanceType.LegislativeDrafting),
        Need("KEN", "15", AssistanceType.LegalAdvice),
        Need("KEN", "16", AssistanceType.CapacityBuilding),
        Need("NGA", "15", AssistanceType.LegislativeDrafting),
        Need("NGA", "16", AssistanceType.CapacityBuilding),
        Need("IND", "15", AssistanceType.LegalAdvice),
        Need("IND", "16", AssistanceType.Technology),
        Need("BRA", "15", AssistanceType.LegislativeDrafting),
        Need("BRA", "15", AssistanceType.LegislativeDrafting, idSuffix: "-again"),
        Need("MEX", "16", AssistanceType.Technology),
        Need("FRA", "16", AssistanceType.Technology, NeedStatus.Withdrawn),
    ];

    [Fact]
    public void Compute_TalliesStatesPerProvisionTypeAndGroup()
    {
        var review = NeedsReview.Compute(Needs(), RegionalGroupTable.Default);

        review.ToRows().Select(r => $"{r.Provision} {r.AssistanceType} {r.Group} {r.States}").Should().Equal(
            "15 LEGAL_ADVICE All 2",
            "15 LEGAL_ADVICE African 1",
            "15 LEGAL_ADVICE AsiaPacific 1",
            "15 LEGISLATIVE_DRAFTING All 3",
            "15 LEGISLATIVE_DRAFTING African 2",
            "15 LEGISLATIVE_DRAFTING LatinAmericanAndCaribbean 1",
            "16 CAPACITY_BUILDING All 2",
            "16 CAPACITY_BUILDING African 2",
            "16 TECHNOLOGY All 2",
            "16 TECHNOLOGY AsiaPacific 1",
            "16 TECHNOLOGY LatinAmericanAndCaribbean 1");
    }

    [Fact]
    public void Compute_RanksTypesPerProvision_TiesByTypeOrder()
    {
        var review = NeedsReview.Compute(Needs(), RegionalGroupTable.Default);

        review.TopTypesByProvision.Should().HaveCount(2);
        review.TopTypesByProvision[0].Types.Select(t => (t.Rank, t.Type, t.Count)).Should().Equal(
            (1, AssistanceType.LegislativeDrafting, 3),
            (2, AssistanceType.LegalAdvice, 2));

        // CapacityBuilding and Technology are both asked by two States: the type's order breaks the tie.
        review.TopTypesByProvision[1].Types.Select(t => (t.Rank, t.Type, t.Count)).Should().Equal(
            (1, AssistanceType.CapacityBuilding, 2),
            (2, AssistanceType.Technology, 2));
    }

    [Fact]
    public void Compute_RanksTypesPerGroup()
    {
        var review = NeedsReview.Compute(Needs(), RegionalGroupTable.Default);

        review.ToRankingRows().Where(r => r.Scope == "group").Select(r => $"{r.Key} {r.Rank} {r.AssistanceType} {r.Count}").Should().Equal(
            "African 1 LEGISLATIVE_DRAFTING 2",
            "African 2 CAPACITY_BUILDING 2",
            "African 3 LEGAL_ADVICE 1",
            "AsiaPacific 1 LEGAL_ADVICE 1",
            "AsiaPacific 2 TECHNOLOGY 1",
            "LatinAmericanAndCaribbean 1 LEGISLATIVE_DRAFTING 1",
            "LatinAmericanAndCaribbean 2 TECHNOLOGY 1");
    }

    [Fact]
    public void Compute_AnyInputOrder_GivesTheSameReview()
    {
        var needs = Needs();
        var reversed = Enumerable.Reverse(needs).ToList();

        NeedsReview.Compute(reversed, RegionalGroupTable.Default).Should().Be(NeedsReview.Compute(needs, RegionalGroupTable.Default));
    }
}
