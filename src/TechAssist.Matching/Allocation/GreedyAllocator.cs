namespace TechAssist.Matching.Allocation;

/// <summary>The fast preview: edges by weight, best first, each taken if its need is free and its supplier has room.</summary>
/// <remarks>
/// Order: weight descending, then need index, then supplier index (the stable order). O(E log E). The result is
/// flagged approximate: greedy reaches at least half the optimal weight on b-matchings, often much more, never more.
/// </remarks>
internal static class GreedyAllocator
{
    /// <summary>Allocates greedily.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="progress">Receives the fraction of edges scanned, or null.</param>
    /// <param name="cancellationToken">Checked every few thousand edges.</param>
    /// <returns>The allocation, flagged approximate.</returns>
    public static AllocationResult Allocate(AllocationProblem problem, IProgress<AllocationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var edgeCount = problem.EdgeCount;

        // One key per edge: (max weight - weight) in the high half, edge index in the low half. Edge indexes already
        // follow (need, supplier), so sorting the keys gives weight descending, then need, then supplier.
        var keys = new long[edgeCount];
        var weights = problem.EdgeWeight;
        for (var e = 0; e < edgeCount; e++)
        {
            keys[e] = ((long)(int.MaxValue - weights[e]) << 32) | (uint)e;
        }

        Array.Sort(keys);
        progress?.Report(new AllocationProgress(AllocationPhase.Greedy, 0.5));

        var needOfEdge = new int[edgeCount];
        for (var n = 0; n < problem.NeedCount; n++)
        {
            needOfEdge.AsSpan(problem.EdgeStart[n], problem.EdgeStart[n + 1] - problem.EdgeStart[n]).Fill(n);
        }

        var assigned = new int[problem.NeedCount];
        Array.Fill(assigned, -1);
        var room = (int[])problem.Capacities.Clone();
        for (var i = 0; i < edgeCount; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var e = (int)(uint)keys[i];
            var need = needOfEdge[e];
            var supplier = problem.EdgeSupplier[e];
            if (assigned[need] < 0 && room[supplier] > 0)
            {
                assigned[need] = e;
                room[supplier]--;
            }
        }

        progress?.Report(new AllocationProgress(AllocationPhase.Greedy, 1.0));
        return new AllocationResult(problem, AllocationStrategy.Greedy, assigned, isApproximate: true);
    }
}
