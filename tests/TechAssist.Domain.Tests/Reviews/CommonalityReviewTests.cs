using TechAssist.Assistance;
using TechAssist.Convention;
using TechAssist.Reviews;
using TechAssist.States;

namespace TechAssist.Tests.Reviews;

public class CommonalityReviewTests
{
    [Fact]
    public void Compute_CountsStatesAndGroupsSharingEachNeed()
    {
        var review = CommonalityReview.Compute(NeedsReviewTests.Needs(), RegionalGroupTable.Default);

        review.ToRows().Select(r => $"{r.Provision} {r.AssistanceType} {r.States} {r.Groups} {r.GroupNames}").Should().Equal(
            "15 LEGAL_ADVICE 2 2 African;AsiaPacific",
            "15 LEGISLATIVE_DRAFTING 3 2 African;LatinAmericanAndCaribbean",
            "16 CAPACITY_BUILDING 2 1 African",
            "16 TECHNOLOGY 2 2 AsiaPacific;LatinAmericanAndCaribbean");
        var drafting = review.For(ProvisionReference.Parse("15"), AssistanceType.LegislativeDrafting)!;
        drafting.States.Select(s => s.Value).Should().Equal("BRA", "KEN", "NGA");
        drafting.StateCount.Should().Be(3);
        review.For(ProvisionReference.Parse("17"), AssistanceType.LegalAdvice).Should().BeNull();
    }

    [Fact]
    public void Compute_AnyInputOrder_GivesTheSameResult()
    {
        var needs = NeedsReviewTests.Needs();

        CommonalityReview.Compute(Enumerable.Reverse(needs), RegionalGroupTable.Default).Should().Be(CommonalityReview.Compute(needs, RegionalGroupTable.Default));
    }
}
