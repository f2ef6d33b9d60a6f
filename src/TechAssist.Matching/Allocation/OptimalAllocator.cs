namespace TechAssist.Matching.Allocation;

/// <summary>
/// The exact maximum-weight b-matching (each need served at most once, each supplier at most its capacity), solved as
/// a minimum-cost flow by <see cref="CostScalingMinCostFlow"/>; also the lexicographic coverage-first variant.
/// </summary>
/// <remarks>
/// <para>
/// The network: need n has supply 1; arc need→supplier (capacity 1, cost -weight) per candidate edge; a bypass arc
/// need→sink (capacity 1, cost 0; through a bucket node shared by 1,024 needs), so that a need may stay unserved (this is maximum weight, not maximum cardinality);
/// arc supplier→sink (capacity c, cost 0); the sink has demand N. A minimum-cost flow is integral, so it is an
/// allocation, and its cost is minus the allocation's weight: minimum cost is maximum weight.
/// </para>
/// <para>
/// Coverage first maximises (served count, weight) lexicographically by giving each edge the weight w + B with
/// B = (sum over needs of the need's best weight) + 1. Any allocation's weight lies in [0, B), so one more need
/// served is worth more than any difference in weight: serving k+1 needs scores at least (k+1)B &gt; kB + (B - 1).
/// B is computed with overflow checks.
/// </para>
/// <para>
/// Ties: among allocations of equal weight, the one returned is fixed by the canonical order of the network (needs,
/// suppliers and each need's edges in index order, the stable order) and the deterministic solver: the same problem
/// gives the same allocation byte for byte, whatever order the caller listed the edges in.
/// </para>
/// </remarks>
internal static class OptimalAllocator
{
    /// <summary>How many needs share one bypass bucket on the way to the sink.</summary>
    private const int BypassBucketSize = 1024;

    /// <summary>Allocates for the maximum total weight.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exact optimum.</returns>
    public static AllocationResult Allocate(AllocationProblem problem, IProgress<AllocationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Solve(problem, bonus: 0, AllocationStrategy.Optimal, progress, cancellationToken);
    }

    /// <summary>Allocates for the most needs served, then the maximum total weight.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exact lexicographic optimum.</returns>
    /// <exception cref="OverflowException">The weights are too large for the lexicographic bonus in 64 bits.</exception>
    public static AllocationResult AllocateCoverageFirst(AllocationProblem problem, IProgress<AllocationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var bonus = checked(problem.WeightUpperBound() + 1);
        return Solve(problem, bonus, AllocationStrategy.CoverageFirst, progress, cancellationToken);
    }

    private static AllocationResult Solve(
        AllocationProblem problem, long bonus, AllocationStrategy strategy, IProgress<AllocationProgress>? progress, CancellationToken cancellationToken)
    {
        var needCount = problem.NeedCount;
        var supplierCount = problem.SupplierCount;
        var sink = needCount + supplierCount;
        var bucketCount = (needCount + BypassBucketSize - 1) / BypassBucketSize;
        var network = new FlowNetwork(sink + 1 + bucketCount, problem.EdgeCount + needCount + supplierCount + bucketCount);

        // The arcs into the sink first, so that they lead the supplier's and the bucket's arc lists: a supplier with
        // room, or a bucket, finds its way to the sink without scanning the needs it holds. Then the edge arcs (arc
        // id = edgeArcOffset + edge index), then the bypasses.
        for (var s = 0; s < supplierCount; s++)
        {
            network.AddArc(needCount + s, sink, problem.Capacities[s], 0);
        }

        for (var b = 0; b < bucketCount; b++)
        {
            network.AddArc(sink + 1 + b, sink, Math.Min(BypassBucketSize, needCount - (b * BypassBucketSize)), 0);
        }

        var edgeArcOffset = network.ArcCount;
        for (var n = 0; n < needCount; n++)
        {
            for (var e = problem.EdgeStart[n]; e < problem.EdgeStart[n + 1]; e++)
            {
                network.AddArc(n, needCount + problem.EdgeSupplier[e], 1, -checked(problem.EdgeWeight[e] + bonus));
            }
        }

        // The bypasses reach the sink through buckets of needs: the same flows and costs as direct arcs, but the sink
        // keeps a small degree, and a relabel of the sink (it happens) scans thousands of arcs, not every need.
        for (var n = 0; n < needCount; n++)
        {
            network.AddArc(n, sink + 1 + (n / BypassBucketSize), 1, 0);
            network.Supplies[n] = 1;
        }

        network.Supplies[sink] = -needCount;
        var solver = new CostScalingMinCostFlow(network);
        solver.Solve(progress, AllocationPhase.Optimising, cancellationToken);
        return new AllocationResult(problem, strategy, ReadAssignment(problem, solver, edgeArcOffset), isApproximate: false);
    }

    /// <summary>Reads, per need, the edge carrying its unit of flow (edge arcs were added first, in edge order).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="solver">The solved flow.</param>
    /// <param name="edgeArcOffset">The arc id of edge 0.</param>
    /// <returns>The assigned edge per need, or -1.</returns>
    internal static int[] ReadAssignment(AllocationProblem problem, CostScalingMinCostFlow solver, int edgeArcOffset)
    {
        var assigned = new int[problem.NeedCount];
        Array.Fill(assigned, -1);
        for (var n = 0; n < problem.NeedCount; n++)
        {
            for (var e = problem.EdgeStart[n]; e < problem.EdgeStart[n + 1]; e++)
            {
                if (solver.Flow(edgeArcOffset + e) > 0)
                {
                    assigned[n] = e;
                    break;
                }
            }
        }

        return assigned;
    }
}
