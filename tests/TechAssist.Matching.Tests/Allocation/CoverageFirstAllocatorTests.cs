using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class CoverageFirstAllocatorTests
{
    [Fact]
    public void AllocateCoverageFirst_ServesBothNeedsAtALowerWeight()
    {
        // A-X 10, A-Y 4, B-X 3; capacity 1 each. Optimal: A-X alone, 10, one need served.
        // Coverage first: both served, A-Y + B-X = 4 + 3 = 7.
        var problem = AllocationProblem.Create(2, [1, 1], [new(0, 0, 10), new(0, 1, 4), new(1, 0, 3)]);

        var result = OptimalAllocator.AllocateCoverageFirst(problem, null, default);

        result.SupplierOfNeed.Should().Equal(1, 0);
        result.TotalWeight.Should().Be(7);
        result.ServedCount.Should().Be(2);
        result.Strategy.Should().Be(AllocationStrategy.CoverageFirst);
    }

    [Fact]
    public void AllocateCoverageFirst_AmongEqualCounts_MaximisesWeight()
    {
        // X capacity 1: A-X 2 or B-X 9, one need either way; the heavier one wins: 9.
        var problem = AllocationProblem.Create(2, [1], [new(0, 0, 2), new(1, 0, 9)]);

        OptimalAllocator.AllocateCoverageFirst(problem, null, default).SupplierOfNeed.Should().Equal(-1, 0);
    }

    [Fact]
    public void AllocateCoverageFirst_RandomTinyInstances_MatchesBruteForceAndBoundsOptimal()
    {
        var random = new Random(17);
        for (var i = 0; i < 300; i++)
        {
            var (problem, _) = RandomAllocationProblems.Create(random, random.Next(1, 7), random.Next(1, 4), 0.6, 10, 2);
            var expected = BruteForceAllocator.Solve(problem);

            var coverage = OptimalAllocator.AllocateCoverageFirst(problem, null, default);
            var optimal = OptimalAllocator.Allocate(problem, null, default);

            coverage.ShouldBeFeasible();
            (coverage.ServedCount, coverage.TotalWeight).Should().Be(expected.CoverageFirst, "instance {0}", i);
            coverage.ServedCount.Should().BeGreaterThanOrEqualTo(optimal.ServedCount);
            coverage.TotalWeight.Should().BeLessThanOrEqualTo(optimal.TotalWeight);
        }
    }
}
