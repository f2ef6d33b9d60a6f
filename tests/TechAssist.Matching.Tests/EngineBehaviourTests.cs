using TechAssist.Consent;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Serialization;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests;

public class EngineBehaviourTests
{
    [Fact]
    public void Engine_SharedBySixteenThreads_GivesTheSingleThreadedResult()
    {
        var engine = HandBuiltCase.Engine();
        var expected = TechAssistJson.Serialize(engine.Run(), MatchingJson.Options);

        var results = new string[16];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            results[i] = TechAssistJson.Serialize(i % 2 == 0 ? engine.Run() : engine.Run(AllocationStrategy.Optimal, null, CancellationToken.None), MatchingJson.Options));

        results.Should().OnlyContain(json => json == expected);
    }

    [Fact]
    public void Run_ReportsProgressThroughItsStages()
    {
        var stages = new List<MatchingStage>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        HandBuiltCase.Engine().Run(AllocationStrategy.Optimal, progress, CancellationToken.None);

        stages.Should().StartWith(MatchingStage.Scoring).And.EndWith(MatchingStage.Explaining);
        stages.Should().Contain(MatchingStage.Allocating);
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        FluentActions.Invoking(() => HandBuiltCase.Engine().Run(AllocationStrategy.Optimal, null, cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData(AllocationStrategy.Greedy)]
    [InlineData(AllocationStrategy.Optimal)]
    [InlineData(AllocationStrategy.CoverageFirst)]
    [InlineData(AllocationStrategy.Fair)]
    public void EveryStrategy_RespectsCapacityAndServesANeedOnce(AllocationStrategy strategy)
    {
        var engine = HandBuiltCase.Engine();
        var result = engine.Run(strategy);

        result.Matches.Select(m => m.Need).Should().OnlyHaveUniqueItems();
        foreach (var used in result.Matches.GroupBy(m => m.Offering))
        {
            used.Count().Should().BeLessThanOrEqualTo(engine.Input.Offerings.Single(o => o.Id == used.Key).Capacity.Engagements);
        }

        result.TotalWeight.Should().BeLessThanOrEqualTo(engine.Run(AllocationStrategy.Optimal).TotalWeight);
    }

    [Fact]
    public void ForViewer_LeavesOutEveryNeedTheViewerMayNotSee()
    {
        var result = HandBuiltCase.Engine().Run();

        var zaf = result.ForViewer(Viewer.ForProvider(ProviderId.From("P-ZAF")));
        var nor = result.ForViewer(Viewer.ForProvider(ProviderId.From("P-NOR")));
        var everyone = result.ForViewer(Viewer.Public);

        // N6 and N7 are shared with Norway only; N2 is confidential.
        zaf.Matches.Select(m => m.Need.Value).Should().Equal("N1", "N5");
        zaf.Unassigned.Select(u => u.Need.Value).Should().Equal("N3", "N4", "N8");
        nor.Matches.Select(m => m.Need.Value).Should().Equal("N1", "N5", "N6");
        everyone.Matches.Should().BeEmpty();
        everyone.Unassigned.Should().BeEmpty();
        TechAssistJson.Serialize(zaf, MatchingJson.Options).Should().NotContain("\"N2\"").And.NotContain("\"N6\"");
        zaf.CoverageByGroup.Single(c => c.Group == TechAssist.States.RegionalGroup.African).ToString().Should().Be("African 2/3");
    }

    private sealed class SynchronousProgress(Action<MatchingProgress> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value);
    }
}
