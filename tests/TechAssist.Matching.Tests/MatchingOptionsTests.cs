using TechAssist.Matching;

namespace TechAssist.Matching.Tests;

public class MatchingOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndScoreAtMost115()
    {
        var options = new MatchingOptions();

        options.Validate().Should().BeEmpty();
        options.MaximumScore.Should().Be(40 + 30 + 15 + 10 + 10 + 5 + 5);
    }

    [Fact]
    public void Validate_BadOptions_ListsEveryProblemWithTheOptionAndValue()
    {
        var options = new MatchingOptions
        {
            LanguagePoints = -1,
            ProvisionSameArticlePoints = 50,
            AssistanceTypeRelatedPoints = 31,
            MinimumScore = 0,
            Strategy = (AllocationStrategy)9,
            MaxNeedsPerState = 0,
        };

        options.Validate().Select(p => p.ToString()).Should().Equal(
            "LanguagePoints: points must not be negative",
            "ProvisionSameArticlePoints: provision points must not increase as the fit loosens: exact >= same article >= same chapter",
            "AssistanceTypeRelatedPoints: a related type must not score more than the exact type (30)",
            // 40 + 30 + 15 + (-1) + 10 + 5 + 5 = 104: the maximum follows the (bad) language points.
            "MinimumScore: the minimum score must be from 1 to the maximum score (104)",
            "Strategy: not an allocation strategy",
            "MaxNeedsPerState: the cap per State must be at least 1, or null for none");
        options.Validate()[0].Value.Should().Be("-1");
        options.Validate()[1].Value.Should().Be("40/50/10");
    }

    [Fact]
    public void Validate_EveryPointsOptionNegative_IsNamedWithItsValue()
    {
        var options = new MatchingOptions
        {
            ProvisionExactPoints = -1,
            ProvisionSameArticlePoints = -2,
            ProvisionSameChapterPoints = -3,
            AssistanceTypeExactPoints = -4,
            AssistanceTypeRelatedPoints = -5,
            BilateralPoints = -6,
            RegionalPoints = -7,
            GlobalPoints = -8,
            LanguagePoints = -9,
            PeriodPoints = -10,
            SouthSouthPoints = -11,
            GenderPoints = -12,
            ExperiencePoints = -13,
            MinimumScore = 1,
        };

        var negative = options.Validate().Where(p => p.Message == "points must not be negative").ToList();

        negative.Select(p => p.Path).Should().Equal(
            "ProvisionExactPoints", "ProvisionSameArticlePoints", "ProvisionSameChapterPoints", "AssistanceTypeExactPoints",
            "AssistanceTypeRelatedPoints", "BilateralPoints", "RegionalPoints", "GlobalPoints", "LanguagePoints", "PeriodPoints",
            "SouthSouthPoints", "GenderPoints", "ExperiencePoints");
        negative.Select(p => p.Value).Should().Equal("-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-10", "-11", "-12", "-13");
    }

    [Fact]
    public void Validate_ValuesOnTheirBounds_AreAccepted()
    {
        // Zero points, equal points for looser fits, the minimum score at 1 and at the maximum, weights 1 and 1000,
        // a cap of 1: every bound is inclusive.
        var options = new MatchingOptions
        {
            ProvisionExactPoints = 30,
            ProvisionSameArticlePoints = 30,
            ProvisionSameChapterPoints = 30,
            AssistanceTypeRelatedPoints = 30,
            SouthSouthPoints = 0,
            HighPriorityWeight = 1000,
            LowPriorityWeight = 1,
            MaxNeedsPerState = 1,
        };

        options.MinimumScore = 1;
        options.Validate().Should().BeEmpty();
        options.MinimumScore = options.MaximumScore;
        options.Validate().Should().BeEmpty();
        options.MinimumScore = options.MaximumScore + 1;
        options.Validate().Select(p => p.Path).Should().Equal("MinimumScore");
    }

    [Fact]
    public void Validate_WeightsOutOfRangeAndNoRelatedTable_AreEachNamed()
    {
        var options = new MatchingOptions
        {
            HighPriorityWeight = 1001,
            MediumPriorityWeight = 0,
            LowPriorityWeight = -1,
            UnstatedPriorityWeight = 2000,
            RelatedAssistanceTypes = null!,
        };

        options.Validate().Select(p => p.ToString()).Should().Equal(
            "HighPriorityWeight: a priority weight is from 1 to 1000",
            "MediumPriorityWeight: a priority weight is from 1 to 1000",
            "LowPriorityWeight: a priority weight is from 1 to 1000",
            "UnstatedPriorityWeight: a priority weight is from 1 to 1000",
            "RelatedAssistanceTypes: the table of related types must be set (RelatedAssistanceTypes.None for no relation)");
    }

    [Fact]
    public void MaximumScore_TakesTheLargestScopePoints()
    {
        // 40 + 30 + max(5, 25, 10) + 10 + 10 + 5 + 5 = 125.
        new MatchingOptions { BilateralPoints = 5, RegionalPoints = 25, GlobalPoints = 10 }.MaximumScore.Should().Be(125);
        new MatchingOptions { BilateralPoints = 5, RegionalPoints = 6, GlobalPoints = 20 }.MaximumScore.Should().Be(120);
    }
}
