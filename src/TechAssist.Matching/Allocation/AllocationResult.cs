namespace TechAssist.Matching.Allocation;

/// <summary>The outcome of an allocation: the supplier of each need, the capacity used, and the total weight.</summary>
/// <remarks>Immutable; the arrays are owned by the result and must not be changed.</remarks>
internal sealed class AllocationResult
{
    internal AllocationResult(AllocationProblem problem, AllocationStrategy strategy, int[] assignedEdge, bool isApproximate)
    {
        Problem = problem;
        Strategy = strategy;
        AssignedEdge = assignedEdge;
        IsApproximate = isApproximate;
        SupplierOfNeed = new int[problem.NeedCount];
        UsedCapacity = new int[problem.SupplierCount];
        for (var n = 0; n < assignedEdge.Length; n++)
        {
            var e = assignedEdge[n];
            if (e < 0)
            {
                SupplierOfNeed[n] = -1;
                continue;
            }

            var supplier = problem.EdgeSupplier[e];
            SupplierOfNeed[n] = supplier;
            UsedCapacity[supplier]++;
            TotalWeight += problem.EdgeWeight[e];
            ServedCount++;
        }
    }

    /// <summary>Gets the problem solved.</summary>
    public AllocationProblem Problem { get; }

    /// <summary>Gets the strategy that produced the allocation.</summary>
    public AllocationStrategy Strategy { get; }

    /// <summary>Gets whether the allocation may fall short of the strategy's optimum (true for greedy only).</summary>
    public bool IsApproximate { get; }

    /// <summary>Gets, per need, the index of the edge that serves it, or -1.</summary>
    public int[] AssignedEdge { get; }

    /// <summary>Gets, per need, the supplier that serves it, or -1 when it is not served.</summary>
    public int[] SupplierOfNeed { get; }

    /// <summary>Gets, per supplier, how much of its capacity is used.</summary>
    public int[] UsedCapacity { get; }

    /// <summary>Gets the total weight of the edges used.</summary>
    public long TotalWeight { get; }

    /// <summary>Gets the number of needs served.</summary>
    public int ServedCount { get; }

    /// <summary>
    /// Tells whether an unserved need lost out to capacity: it has candidates and every one of them is full.
    /// </summary>
    /// <param name="need">The need index.</param>
    /// <param name="fullSuppliers">The candidate suppliers, in index order, when the answer is true; otherwise empty.</param>
    /// <returns>True when the need is unserved, has at least one candidate, and all its candidates are full.</returns>
    /// <remarks>
    /// False for a served need and for a need without candidates. Under the fair strategy with a cap per State, or the
    /// optimal strategy, a need can also stay unserved beside a supplier with room (its State's cap, or an edge worth
    /// too little to pay back): then the answer is false and the caller gives another reason.
    /// </remarks>
    public bool IsBlockedByCapacity(int need, out int[] fullSuppliers)
    {
        fullSuppliers = [];
        var start = Problem.EdgeStart[need];
        var end = Problem.EdgeStart[need + 1];
        if (SupplierOfNeed[need] >= 0 || start == end)
        {
            return false;
        }

        for (var e = start; e < end; e++)
        {
            var supplier = Problem.EdgeSupplier[e];
            if (UsedCapacity[supplier] < Problem.Capacities[supplier])
            {
                return false;
            }
        }

        fullSuppliers = Problem.EdgeSupplier.AsSpan(start, end - start).ToArray();
        return true;
    }

    /// <summary>Gets the share of a group's needs that are served, or 1 for a group without needs.</summary>
    /// <param name="group">The group index.</param>
    /// <returns>The coverage, from 0 to 1.</returns>
    public double GroupCoverage(int group)
    {
        int total = 0, served = 0;
        for (var n = 0; n < Problem.NeedCount; n++)
        {
            if (Problem.NeedGroup[n] == group)
            {
                total++;
                served += SupplierOfNeed[n] >= 0 ? 1 : 0;
            }
        }

        return total == 0 ? 1.0 : served / (double)total;
    }
}
