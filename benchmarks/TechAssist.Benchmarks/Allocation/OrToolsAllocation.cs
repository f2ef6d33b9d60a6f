using Google.OrTools.Graph;
using TechAssist.Matching.Allocation;

namespace TechAssist.Benchmarks.Allocation;

/// <summary>The reference: the same allocation solved by Google OR-Tools' native min-cost flow.</summary>
/// <remarks>
/// Model: source→need (capacity 1, cost 0), need→supplier (capacity 1, cost -weight), need→sink bypass (capacity 1,
/// cost 0), supplier→sink (capacity c, cost 0); supply N at the source, demand N at the sink.
/// </remarks>
internal static class OrToolsAllocation
{
    /// <summary>Solves and returns the maximum total weight.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The optimal total weight.</returns>
    /// <exception cref="InvalidOperationException">OR-Tools did not report an optimal solution.</exception>
    public static long MaximumWeight(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var needs = problem.NeedCount;
        var suppliers = problem.SupplierCount;
        var source = needs + suppliers;
        var sink = source + 1;
        var flow = new MinCostFlow(sink + 1, problem.EdgeCount + (2 * needs) + suppliers);
        for (var n = 0; n < needs; n++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, n, 1, 0);
            for (var e = problem.EdgeStart[n]; e < problem.EdgeStart[n + 1]; e++)
            {
                flow.AddArcWithCapacityAndUnitCost(n, needs + problem.EdgeSupplier[e], 1, -problem.EdgeWeight[e]);
            }

            flow.AddArcWithCapacityAndUnitCost(n, sink, 1, 0);
        }

        for (var s = 0; s < suppliers; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(needs + s, sink, problem.Capacities[s], 0);
        }

        flow.SetNodeSupply(source, needs);
        flow.SetNodeSupply(sink, -needs);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools min-cost flow ended with status {status}");
        }

        return -flow.OptimalCost();
    }
}
