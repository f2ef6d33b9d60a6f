using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class GreedyAllocatorTests
{
    [Fact]
    public void Allocate_CrossingEdges_TakesTheHeaviestFirstAndSaysItIsApproximate()
    {
        // A-X 10 is taken first; B's only candidate X is then full: total 10 (the optimum is 18).
        var problem = AllocationProblem.Create(2, [1, 1], [new(0, 0, 10), new(0, 1, 9), new(1, 0, 9)]);

        var result = GreedyAllocator.Allocate(problem, null, default);

        result.SupplierOfNeed.Should().Equal(0, -1);
        result.TotalWeight.Should().Be(10);
        result.IsApproximate.Should().BeTrue();
        result.Strategy.Should().Be(AllocationStrategy.Greedy);
        result.IsBlockedByCapacity(1, out var full).Should().BeTrue();
        full.Should().Equal(0);
    }

    [Fact]
    public void Allocate_EqualWeights_PrefersTheLowerNeedThenTheLowerSupplier()
    {
        // All weights 5. Order: (need 0, X), (need 0, Y), (need 1, X), (need 1, Y): need 0 takes X, need 1 takes Y.
        // X and Y have capacity 1; need 2 (only X) finds X full.
        var problem = AllocationProblem.Create(3, [1, 1], [new(1, 1, 5), new(2, 0, 5), new(1, 0, 5), new(0, 1, 5), new(0, 0, 5)]);

        var result = GreedyAllocator.Allocate(problem, null, default);

        result.SupplierOfNeed.Should().Equal(0, 1, -1);
    }
}
