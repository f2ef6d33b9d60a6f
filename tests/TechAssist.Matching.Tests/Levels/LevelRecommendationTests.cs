using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Matching.Levels;
using TechAssist.Matching.Tests.Testing;

namespace TechAssist.Matching.Tests.Levels;

public class LevelRecommendationTests
{
    private static MatchingEngine Engine(params (string Id, string State, string Provision)[] needs) =>
        MatchingEngine.Create(new MatchingInput
        {
            AsOf = Build.AsOf,
            Needs = [.. needs.Select(n => Build.Need(n.Id, n.State, n.Provision, AssistanceType.CapacityBuilding))],
        }).GetValueOrThrow();

    [Fact]
    public void NeedAcrossThreeGroups_FiveStates_IsGlobal()
    {
        // KEN, NGA (African), IND, CHN (Asia-Pacific), BRA (Latin America): 5 States in 3 groups.
        var levels = Engine(("a", "KEN", "52"), ("b", "NGA", "52"), ("c", "IND", "52"), ("d", "CHN", "52"), ("e", "BRA", "52")).RecommendLevels();

        levels.Should().ContainSingle().Which.ToString().Should().Be("Art. 52 CapacityBuilding: Global (5 States)");
        levels[0].Reason.Should().Be("5 States in 3 regional groups share this need (global delivery from 5 States in 3 groups)");
    }

    [Fact]
    public void NeedConcentratedInOneGroup_IsRegional_OthersNational()
    {
        // Three African States and one Latin American: 4 States in 2 groups, below the global thresholds.
        var levels = Engine(("a", "KEN", "52(1)"), ("b", "NGA", "52(1)"), ("c", "GHA", "52(1)"), ("d", "BRA", "52(1)")).RecommendLevels();

        levels.Select(l => l.ToString()).Should().Equal(
            "Art. 52(1) CapacityBuilding: Regional African (3 States)",
            "Art. 52(1) CapacityBuilding: National (1 States)");
        levels[0].States.Select(s => s.Value).Should().Equal("GHA", "KEN", "NGA");
        levels[1].States.Select(s => s.Value).Should().Equal("BRA");
        levels[1].Reason.Should().Be("4 State(s) in 2 group(s) share this need, 1 in BRA's group: below the regional threshold of 3");
    }

    [Fact]
    public void ByArticle_BringsParagraphsTogether()
    {
        var engine = Engine(("a", "KEN", "52(1)"), ("b", "NGA", "52(2)"), ("c", "GHA", "52"));

        engine.RecommendLevels().Should().HaveCount(3, because: "three provisions, one State each");
        engine.RecommendLevels(new LevelOptions { ByArticle = true }, Viewer.Secretariat)
            .Should().ContainSingle().Which.ToString().Should().Be("Art. 52 CapacityBuilding: Regional African (3 States)");
    }

    [Fact]
    public void InvalidThresholds_AreAllNamed() =>
        FluentActions.Invoking(() => Engine().RecommendLevels(new LevelOptions { GlobalMinStates = 1, RegionalMinStates = 0 }, Viewer.Secretariat))
            .Should().Throw<ArgumentException>()
            .WithMessage("Invalid level options: GlobalMinStates must be at least 2 (found 1); RegionalMinStates must be at least 2 (found 0)*");
}
