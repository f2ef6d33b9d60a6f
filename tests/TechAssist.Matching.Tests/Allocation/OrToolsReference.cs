using Google.OrTools.Graph;
using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

/// <summary>The same allocation solved by Google OR-Tools' min-cost flow (tests only, never in the package).</summary>
internal static class OrToolsReference
{
    /// <summary>
    /// Source→need (capacity 1, cost 0), need→supplier (capacity 1, cost -w), need→sink bypass (capacity 1, cost 0),
    /// supplier→sink (capacity c, cost 0); supply N at the source, demand N at the sink. Returns the maximum weight.
    /// </summary>
    public static long MaximumWeight(AllocationProblem problem)
    {
        var needs = problem.NeedCount;
        var source = needs + problem.SupplierCount;
        var sink = source + 1;
        var flow = new MinCostFlow();
        for (var n = 0; n < needs; n++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, n, 1, 0);
            for (var e = problem.EdgeStart[n]; e < problem.EdgeStart[n + 1]; e++)
            {
                flow.AddArcWithCapacityAndUnitCost(n, needs + problem.EdgeSupplier[e], 1, -problem.EdgeWeight[e]);
            }

            flow.AddArcWithCapacityAndUnitCost(n, sink, 1, 0);
        }

        for (var s = 0; s < problem.SupplierCount; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(needs + s, sink, problem.Capacities[s], 0);
        }

        flow.SetNodeSupply(source, needs);
        flow.SetNodeSupply(sink, -needs);
        flow.Solve().Should().Be(MinCostFlowBase.Status.OPTIMAL);
        return -flow.OptimalCost();
    }
}
