using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class OptimalAllocatorTests
{
    [Fact]
    public void Allocate_CrossingEdges_BeatsGreedy()
    {
        // Needs A=0, B=1; suppliers X=0, Y=1, capacity 1 each. A-X 10, A-Y 9, B-X 9.
        // Greedy takes A-X (10) first; then B has only X, which is full: total 10.
        // Optimal: A-Y + B-X = 9 + 9 = 18 > 10.
        var problem = AllocationProblem.Create(2, [1, 1], [new(0, 0, 10), new(0, 1, 9), new(1, 0, 9)]);

        var result = OptimalAllocator.Allocate(problem, null, default);

        result.SupplierOfNeed.Should().Equal(1, 0);
        result.TotalWeight.Should().Be(18);
        result.UsedCapacity.Should().Equal(1, 1);
        result.IsApproximate.Should().BeFalse();
        result.Strategy.Should().Be(AllocationStrategy.Optimal);
    }

    [Fact]
    public void Allocate_ServingFewerIsWorthMore_LeavesANeedUnserved()
    {
        // A-X 10, A-Y 4, B-X 3; X and Y capacity 1. Serving both needs: A-Y + B-X = 7.
        // Serving A alone at X: 10 > 7. Maximum weight, not maximum cardinality: B stays unserved.
        var problem = AllocationProblem.Create(2, [1, 1], [new(0, 0, 10), new(0, 1, 4), new(1, 0, 3)]);

        var result = OptimalAllocator.Allocate(problem, null, default);

        result.SupplierOfNeed.Should().Equal(0, -1);
        result.TotalWeight.Should().Be(10);
        result.ServedCount.Should().Be(1);
        result.IsBlockedByCapacity(1, out var full).Should().BeTrue();
        full.Should().Equal(0);
    }

    [Fact]
    public void Allocate_SupplierWithCapacityTwo_ServesItsBestTwo()
    {
        // X capacity 2, Y capacity 0. Needs 0,1,2 all want X with 5, 7, 6: X serves 1 and 2 (7 + 6 = 13).
        // Need 0 also has Y (weight 8) but Y has no capacity.
        var problem = AllocationProblem.Create(3, [2, 0], [new(0, 0, 5), new(0, 1, 8), new(1, 0, 7), new(2, 0, 6)]);

        var result = OptimalAllocator.Allocate(problem, null, default);

        result.SupplierOfNeed.Should().Equal(-1, 0, 0);
        result.TotalWeight.Should().Be(13);
        result.IsBlockedByCapacity(0, out var full).Should().BeTrue();
        full.Should().Equal(0, 1);
    }

    [Fact]
    public void Allocate_EmptyProblems_GiveEmptyAllocations()
    {
        OptimalAllocator.Allocate(AllocationProblem.Create(0, [], []), null, default).TotalWeight.Should().Be(0);
        var noEdges = OptimalAllocator.Allocate(AllocationProblem.Create(3, [1], []), null, default);
        noEdges.SupplierOfNeed.Should().Equal(-1, -1, -1);
        noEdges.IsBlockedByCapacity(0, out _).Should().BeFalse("a need without candidates is not blocked by capacity");
    }

    [Fact]
    public void Allocate_RandomTinyInstances_MatchesBruteForce()
    {
        var random = new Random(11);
        for (var i = 0; i < 400; i++)
        {
            var (problem, _) = RandomAllocationProblems.Create(random, random.Next(1, 7), random.Next(1, 4), 0.6, 10, 2);
            var expected = BruteForceAllocator.Solve(problem);

            var optimal = OptimalAllocator.Allocate(problem, null, default);
            var greedy = GreedyAllocator.Allocate(problem, null, default);

            optimal.ShouldBeFeasible();
            greedy.ShouldBeFeasible();
            optimal.TotalWeight.Should().Be(expected.MaxWeight, "instance {0}", i);
            greedy.TotalWeight.Should().BeLessThanOrEqualTo(optimal.TotalWeight);
        }
    }

    [Fact]
    public void Allocate_RandomModerateInstances_MatchesOrTools()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var needs = random.Next(1, 301);
            var suppliers = random.Next(1, 41);
            var (problem, _) = RandomAllocationProblems.Create(random, needs, suppliers, Math.Min(1.0, 8.0 / suppliers), 1000, 10);

            var optimal = OptimalAllocator.Allocate(problem, null, default);

            optimal.ShouldBeFeasible();
            optimal.TotalWeight.Should().Be(OrToolsReference.MaximumWeight(problem), "instance {0}", i);
            GreedyAllocator.Allocate(problem, null, default).TotalWeight.Should().BeLessThanOrEqualTo(optimal.TotalWeight);
        }
    }

    [Fact]
    public void Allocate_ShuffledEdges_GivesTheSameAllocation()
    {
        // Small weights make many equal-weight optima: the result must still not depend on the edge order.
        var random = new Random(3);
        for (var i = 0; i < 50; i++)
        {
            var (problem, edges) = RandomAllocationProblems.Create(random, 60, 8, 0.4, 3, 4, groups: 3, states: 7);
            var shuffled = (AllocationEdge[])edges.Clone();
            random.Shuffle(shuffled);
            var again = AllocationProblem.Create(
                problem.NeedCount, problem.Capacities, shuffled, problem.NeedGroup, problem.GroupCount, problem.NeedState, problem.StateCount);
            var fairness = new FairnessOptions { MaxServedPerState = 5 };

            foreach (var strategy in new[] { AllocationStrategy.Greedy, AllocationStrategy.Optimal, AllocationStrategy.CoverageFirst, AllocationStrategy.Fair })
            {
                Allocator.Allocate(again, strategy, fairness).AssignedEdge.Should().Equal(Allocator.Allocate(problem, strategy, fairness).AssignedEdge);
            }
        }
    }

    [Fact]
    public void Allocate_RepeatedRuns_GiveIdenticalResults()
    {
        var (problem, _) = RandomAllocationProblems.Create(new Random(8), 200, 20, 0.3, 5, 5);
        var first = OptimalAllocator.Allocate(problem, null, default);

        for (var run = 0; run < 5; run++)
        {
            var next = OptimalAllocator.Allocate(problem, null, default);
            next.AssignedEdge.Should().Equal(first.AssignedEdge);
            next.UsedCapacity.Should().Equal(first.UsedCapacity);
        }
    }
}
