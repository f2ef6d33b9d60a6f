using TechAssist.Matching.Allocation;
using Xunit.Abstractions;

namespace TechAssist.Matching.Tests.Allocation;

public class FairAllocatorTests(ITestOutputHelper output)
{
    [Fact]
    public void Allocate_TightInstance_LiftsTheLeastCoveredGroupAtAReportedCost()
    {
        // One supplier X with capacity 2. Group 0 (say the Western group): needs 0 and 1 worth 10 and 9 at X.
        // Group 1 (say the African group): needs 2 and 3 worth 4 and 3 at X.
        // Optimal: needs 0 and 1, 10 + 9 = 19; group 1 gets nothing (coverage 0).
        // Fair: the best level every group reaches is 1/2 (2 units for 4 needs); then the best weight with one need
        // per group: need 0 (10) and need 2 (4) = 14. Cost: 19 - 14 = 5, that is 5/19 = 26.3 % of the score.
        var problem = AllocationProblem.Create(
            4, [2], [new(0, 0, 10), new(1, 0, 9), new(2, 0, 4), new(3, 0, 3)], needGroups: [0, 0, 1, 1], groupCount: 2);

        var optimal = OptimalAllocator.Allocate(problem, null, default);
        var fair = FairAllocator.Allocate(problem, FairnessOptions.Default, null, default);

        optimal.TotalWeight.Should().Be(19);
        optimal.GroupCoverage(1).Should().Be(0);
        fair.SupplierOfNeed.Should().Equal(0, -1, 0, -1);
        fair.TotalWeight.Should().Be(14);
        fair.GroupCoverage(0).Should().Be(0.5);
        fair.GroupCoverage(1).Should().Be(0.5);
        fair.Strategy.Should().Be(AllocationStrategy.Fair);
        output.WriteLine($"least-covered group: {optimal.GroupCoverage(1):P0} -> {fair.GroupCoverage(1):P0}; total score {optimal.TotalWeight} -> {fair.TotalWeight} (cost {(optimal.TotalWeight - fair.TotalWeight) / (double)optimal.TotalWeight:P1})");
    }

    [Fact]
    public void Allocate_CapPerState_ServesAtMostTheCapInEachState()
    {
        // One group. State 0: need 0 (X, 10) and need 1 (Y, 9); State 1: need 2 (Y, 5). X and Y capacity 1.
        // Without a cap: 0-X and 1-Y, 19. With at most one need per State: 0-X and 2-Y, 10 + 5 = 15.
        var problem = AllocationProblem.Create(
            3, [1, 1], [new(0, 0, 10), new(1, 1, 9), new(2, 1, 5)], needGroups: [0, 0, 0], groupCount: 1, needStates: [0, 0, 1], stateCount: 2);

        FairAllocator.Allocate(problem, FairnessOptions.Default, null, default).TotalWeight.Should().Be(19);
        var capped = FairAllocator.Allocate(problem, new FairnessOptions { MaxServedPerState = 1 }, null, default);

        capped.SupplierOfNeed.Should().Equal(0, -1, 1);
        capped.TotalWeight.Should().Be(15);
    }

    [Fact]
    public void Allocate_RandomTinyInstances_MatchesBruteForce()
    {
        var random = new Random(23);
        for (var i = 0; i < 300; i++)
        {
            var withStates = i % 2 == 0;
            var (problem, _) = RandomAllocationProblems.Create(
                random, random.Next(1, 7), random.Next(1, 4), 0.6, 10, 2, groups: random.Next(1, 4), states: withStates ? random.Next(1, 5) : 0);
            int? cap = withStates ? random.Next(0, 3) : null;
            var expected = BruteForceAllocator.Solve(problem, cap);

            var fair = FairAllocator.Allocate(problem, new FairnessOptions { MaxServedPerState = cap }, null, default);

            fair.ShouldBeFeasible();
            var minCoverage = Enumerable.Range(0, problem.GroupCount)
                .Where(g => problem.NeedGroup.Contains(g))
                .Select(fair.GroupCoverage)
                .DefaultIfEmpty(1.0)
                .Min();
            minCoverage.Should().BeApproximately(expected.Fair.MinCoverage, 1e-12, "instance {0}", i);
            fair.TotalWeight.Should().Be(expected.Fair.Weight, "instance {0}", i);
            if (cap is { } c)
            {
                for (var state = 0; state < problem.StateCount; state++)
                {
                    Enumerable.Range(0, problem.NeedCount).Count(n => problem.NeedState[n] == state && fair.SupplierOfNeed[n] >= 0)
                        .Should().BeLessThanOrEqualTo(c);
                }
            }
        }
    }

    [Fact]
    public void Allocate_StateInTwoGroups_Throws()
    {
        var problem = AllocationProblem.Create(2, [1], [new(0, 0, 1)], needGroups: [0, 1], groupCount: 2, needStates: [0, 0], stateCount: 1);

        var act = () => FairAllocator.Allocate(problem, FairnessOptions.Default, null, default);

        act.Should().Throw<ArgumentException>().WithMessage("the needs of State 0 belong to more than one regional group*");
    }

    [Fact]
    public void Allocate_NegativeCap_Throws()
    {
        var problem = AllocationProblem.Create(1, [1], [new(0, 0, 1)]);

        var act = () => FairAllocator.Allocate(problem, new FairnessOptions { MaxServedPerState = -1 }, null, default);

        act.Should().Throw<ArgumentException>().WithMessage("the cap per State is -1: it must be at least zero*");
    }
}
