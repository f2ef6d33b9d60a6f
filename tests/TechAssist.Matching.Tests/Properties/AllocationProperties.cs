using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TechAssist.Matching.Allocation;
using TechAssist.Matching.Tests.Allocation;

namespace TechAssist.Matching.Tests.Properties;

/// <summary>
/// What every allocation promises, on random bipartite instances (FsCheck shrinks a failing one to its smallest
/// shape): feasible (no capacity exceeded, no need served twice), optimal equal to OR-Tools and never below another
/// strategy, coverage-first serving the most needs, and no dependence on the order of the candidate edges.
/// </summary>
public class AllocationProperties
{
    private static readonly AllocationStrategy[] Strategies =
        [AllocationStrategy.Greedy, AllocationStrategy.Optimal, AllocationStrategy.CoverageFirst, AllocationStrategy.Fair];

    private static readonly FairnessOptions Fairness = new() { MaxServedPerState = 3 };

    private static Arbitrary<Instance> Instances { get; } = (
        from seed in Gen.Choose(0, int.MaxValue)
        from needs in Gen.Choose(1, 60)
        from suppliers in Gen.Choose(1, 12)
        from percent in Gen.Choose(5, 90)
        from maxWeight in Gen.Choose(1, 1000)
        from maxCapacity in Gen.Choose(0, 5)
        from groups in Gen.Choose(0, 4)
        select new Instance(seed, needs, suppliers, percent, maxWeight, maxCapacity, groups)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property EveryStrategy_IsFeasible() =>
        Prop.ForAll(Instances, instance =>
        {
            var (problem, _) = instance.Create();
            foreach (var strategy in Strategies)
            {
                Allocator.Allocate(problem, strategy, Fairness).ShouldBeFeasible();
            }
        });

    [Property(MaxTest = 200)]
    public Property Optimal_EqualsOrTools_AndIsNeverBelowAnotherStrategy() =>
        Prop.ForAll(Instances, instance =>
        {
            var (problem, _) = instance.Create();
            var optimal = Allocator.Allocate(problem, AllocationStrategy.Optimal, Fairness).TotalWeight;

            optimal.Should().Be(OrToolsReference.MaximumWeight(problem));
            foreach (var strategy in Strategies)
            {
                Allocator.Allocate(problem, strategy, Fairness).TotalWeight.Should().BeLessThanOrEqualTo(optimal, "{0} is not above the optimum", strategy);
            }
        });

    [Property(MaxTest = 200)]
    public Property CoverageFirst_ServesAtLeastAsManyNeedsAsAnyStrategy() =>
        Prop.ForAll(Instances, instance =>
        {
            var (problem, _) = instance.Create();
            var covered = Served(Allocator.Allocate(problem, AllocationStrategy.CoverageFirst, Fairness));

            Served(Allocator.Allocate(problem, AllocationStrategy.Greedy, Fairness)).Should().BeLessThanOrEqualTo(covered);
            Served(Allocator.Allocate(problem, AllocationStrategy.Optimal, Fairness)).Should().BeLessThanOrEqualTo(covered);
        });

    [Property(MaxTest = 100)]
    public Property EveryStrategy_GivesTheSameAllocationForAnyEdgeOrder() =>
        Prop.ForAll(Instances, Gen.Choose(0, int.MaxValue).ToArbitrary(), (instance, shuffleSeed) =>
        {
            var (problem, edges) = instance.Create();
            var shuffled = (AllocationEdge[])edges.Clone();
            new Random(shuffleSeed).Shuffle(shuffled);
            var again = AllocationProblem.Create(
                problem.NeedCount, problem.Capacities, shuffled, problem.NeedGroup, problem.GroupCount, problem.NeedState, problem.StateCount);

            foreach (var strategy in Strategies)
            {
                Allocator.Allocate(again, strategy, Fairness).AssignedEdge.Should().Equal(Allocator.Allocate(problem, strategy, Fairness).AssignedEdge, "{0}", strategy);
            }
        });

    private static int Served(AllocationResult result) => result.AssignedEdge.Count(e => e >= 0);

    /// <summary>The shape of a random instance; the seed draws its capacities, edges, weights, groups and States.</summary>
    public sealed record Instance(int Seed, int Needs, int Suppliers, int EdgePercent, int MaxWeight, int MaxCapacity, int Groups)
    {
        internal (AllocationProblem Problem, AllocationEdge[] Edges) Create() =>
            RandomAllocationProblems.Create(new Random(Seed), Needs, Suppliers, EdgePercent / 100.0, MaxWeight, MaxCapacity, Groups, states: Groups == 0 ? 0 : Groups * 2);
    }
}
