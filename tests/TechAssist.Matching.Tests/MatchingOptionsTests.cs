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
}
