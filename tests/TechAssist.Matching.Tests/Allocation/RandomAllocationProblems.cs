using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

/// <summary>Seeded random instances for the cross-checks, plus the edge lists they were built from.</summary>
internal static class RandomAllocationProblems
{
    public static (AllocationProblem Problem, AllocationEdge[] Edges) Create(
        Random random, int needs, int suppliers, double edgeProbability, int maxWeight, int maxCapacity, int groups = 0, int states = 0)
    {
        var capacities = new int[suppliers];
        for (var s = 0; s < suppliers; s++)
        {
            capacities[s] = random.Next(0, maxCapacity + 1);
        }

        var edges = new List<AllocationEdge>();
        for (var n = 0; n < needs; n++)
        {
            for (var s = 0; s < suppliers; s++)
            {
                if (random.NextDouble() < edgeProbability)
                {
                    edges.Add(new AllocationEdge(n, s, random.Next(1, maxWeight + 1)));
                }
            }
        }

        // A State belongs to one group: the group is derived from the State.
        var needStates = new int[needs];
        var needGroups = new int[needs];
        for (var n = 0; n < needs; n++)
        {
            needStates[n] = states > 0 ? random.Next(states) : -1;
            needGroups[n] = groups == 0 ? -1 : states > 0 ? needStates[n] % groups : random.Next(groups);
        }

        var array = edges.ToArray();
        return (AllocationProblem.Create(needs, capacities, array, needGroups, groups, needStates, states), array);
    }

    /// <summary>Checks the allocation is feasible and its bookkeeping consistent.</summary>
    public static void ShouldBeFeasible(this AllocationResult result)
    {
        var problem = result.Problem;
        var used = new int[problem.SupplierCount];
        long weight = 0;
        for (var n = 0; n < problem.NeedCount; n++)
        {
            var e = result.AssignedEdge[n];
            if (e < 0)
            {
                result.SupplierOfNeed[n].Should().Be(-1);
                continue;
            }

            // The edge belongs to the need: a need is served at most once, by one of its own candidates.
            e.Should().BeInRange(problem.EdgeStart[n], problem.EdgeStart[n + 1] - 1);
            result.SupplierOfNeed[n].Should().Be(problem.EdgeSupplier[e]);
            used[problem.EdgeSupplier[e]]++;
            weight += problem.EdgeWeight[e];
        }

        for (var s = 0; s < problem.SupplierCount; s++)
        {
            used[s].Should().BeLessThanOrEqualTo(problem.Capacities[s], "supplier {0} must not exceed its capacity", s);
        }

        result.UsedCapacity.Should().Equal(used);
        result.TotalWeight.Should().Be(weight);
    }
}
