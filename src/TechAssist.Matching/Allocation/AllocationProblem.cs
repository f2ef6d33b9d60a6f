namespace TechAssist.Matching.Allocation;

/// <summary>
/// The dense, domain-free allocation problem: needs 0..N-1, suppliers (offerings or experts) 0..M-1 with integer
/// capacities, and weighted candidate edges stored once, compressed by need (CSR, struct of arrays).
/// </summary>
/// <remarks>
/// <para>
/// Index order IS the stable order. The caller sorts needs and suppliers by their stable string ids and numbers them
/// in that order; every tie the solvers break is broken towards the lower index, so stable ids decide ties.
/// </para>
/// <para>
/// The edges are sorted here by (need, supplier), so the problem, and therefore every solver's result, does not depend
/// on the order in which the caller listed the edges. A repeated (need, supplier) pair is a programming error.
/// </para>
/// <para>Immutable after <see cref="Create"/> or <see cref="FromRows"/>; safe to share between threads and solvers.</para>
/// </remarks>
internal sealed class AllocationProblem
{
    private AllocationProblem(
        int[] capacities, int[] edgeStart, int[] edgeSupplier, int[] edgeWeight, int[] needGroup, int[] needState, int groupCount, int stateCount)
    {
        Capacities = capacities;
        EdgeStart = edgeStart;
        EdgeSupplier = edgeSupplier;
        EdgeWeight = edgeWeight;
        NeedGroup = needGroup;
        NeedState = needState;
        GroupCount = groupCount;
        StateCount = stateCount;
    }

    /// <summary>Gets the number of needs N.</summary>
    public int NeedCount => EdgeStart.Length - 1;

    /// <summary>Gets the number of suppliers M.</summary>
    public int SupplierCount => Capacities.Length;

    /// <summary>Gets the number of candidate edges.</summary>
    public int EdgeCount => EdgeSupplier.Length;

    /// <summary>Gets the capacity of each supplier (how many needs it can serve), each at least zero.</summary>
    public int[] Capacities { get; }

    /// <summary>Gets the CSR offsets: the edges of need n are EdgeStart[n]..EdgeStart[n+1]-1, by supplier index.</summary>
    public int[] EdgeStart { get; }

    /// <summary>Gets the supplier of each edge.</summary>
    public int[] EdgeSupplier { get; }

    /// <summary>Gets the weight of each edge, each greater than zero.</summary>
    public int[] EdgeWeight { get; }

    /// <summary>Gets the regional group of each need (0..G-1), or -1 when the need counts in no group.</summary>
    public int[] NeedGroup { get; }

    /// <summary>Gets the State of each need (0..S-1), or -1 when no State cap applies to it.</summary>
    public int[] NeedState { get; }

    /// <summary>Gets the number of regional groups G.</summary>
    public int GroupCount { get; }

    /// <summary>Gets the number of States S.</summary>
    public int StateCount { get; }

    /// <summary>Builds a problem, validating every index and sorting the edges into the canonical order.</summary>
    /// <param name="needCount">The number of needs N.</param>
    /// <param name="capacities">The capacity of each supplier; its length is M.</param>
    /// <param name="edges">The candidate edges, in any order.</param>
    /// <param name="needGroups">The group of each need (length N, values -1..groupCount-1), or null for none.</param>
    /// <param name="groupCount">The number of regional groups.</param>
    /// <param name="needStates">The State of each need (length N, values -1..stateCount-1), or null for none.</param>
    /// <param name="stateCount">The number of States.</param>
    /// <returns>The problem in compressed form.</returns>
    /// <exception cref="ArgumentException">An index is out of range, a weight or capacity is invalid, or an edge repeats.</exception>
    public static AllocationProblem Create(
        int needCount,
        ReadOnlySpan<int> capacities,
        ReadOnlySpan<AllocationEdge> edges,
        ReadOnlySpan<int> needGroups = default,
        int groupCount = 0,
        ReadOnlySpan<int> needStates = default,
        int stateCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(needCount);
        ArgumentOutOfRangeException.ThrowIfNegative(groupCount);
        ArgumentOutOfRangeException.ThrowIfNegative(stateCount);
        var supplierCount = capacities.Length;
        CheckCapacities(capacities);

        var groups = ReadLabels(needGroups, needCount, groupCount, nameof(needGroups));
        var states = ReadLabels(needStates, needCount, stateCount, nameof(needStates));

        // Counting sort by need, then a sort of each need's short run by supplier: O(E + sum of k log k).
        var edgeStart = new int[needCount + 1];
        foreach (var edge in edges)
        {
            CheckEdge(edge.Need, edge.Supplier, edge.Weight, needCount, supplierCount, nameof(edges));
            edgeStart[edge.Need + 1]++;
        }

        for (var n = 0; n < needCount; n++)
        {
            edgeStart[n + 1] += edgeStart[n];
        }

        var next = edgeStart.AsSpan(0, needCount).ToArray();
        var keys = new long[edges.Length];
        foreach (var edge in edges)
        {
            // Supplier in the high half, weight in the low half: sorting the run sorts by supplier.
            keys[next[edge.Need]++] = ((long)edge.Supplier << 32) | (uint)edge.Weight;
        }

        var edgeSupplier = new int[edges.Length];
        var edgeWeight = new int[edges.Length];
        for (var n = 0; n < needCount; n++)
        {
            var run = keys.AsSpan(edgeStart[n], edgeStart[n + 1] - edgeStart[n]);
            run.Sort();
            for (var i = 0; i < run.Length; i++)
            {
                var supplier = (int)(run[i] >> 32);
                if (i > 0 && supplier == (int)(run[i - 1] >> 32))
                {
                    throw new ArgumentException($"edge ({n}, {supplier}) is listed twice", nameof(edges));
                }

                edgeSupplier[edgeStart[n] + i] = supplier;
                edgeWeight[edgeStart[n] + i] = (int)(uint)run[i];
            }
        }

        return new AllocationProblem(capacities.ToArray(), edgeStart, edgeSupplier, edgeWeight, groups, states, groupCount, stateCount);
    }

    /// <summary>
    /// Builds a problem from edges already in the canonical order: compressed by need, each need's suppliers strictly
    /// increasing. The arrays are taken, not copied (the caller must not change them afterwards): the engine's
    /// candidate table is in this order already, and at world scale copying and sorting it again costs more than the
    /// checks.
    /// </summary>
    /// <param name="capacities">The capacity of each supplier; its length is M.</param>
    /// <param name="edgeStart">The CSR offsets: N + 1 values from 0, never decreasing, ending at the edge count.</param>
    /// <param name="edgeSupplier">The supplier of each edge.</param>
    /// <param name="edgeWeight">The weight of each edge.</param>
    /// <param name="needGroups">The group of each need (length N, values -1..groupCount-1), or null for none.</param>
    /// <param name="groupCount">The number of regional groups.</param>
    /// <param name="needStates">The State of each need (length N, values -1..stateCount-1), or null for none.</param>
    /// <param name="stateCount">The number of States.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">The rows are not in canonical order, or an index, weight or capacity is invalid.</exception>
    public static AllocationProblem FromRows(
        ReadOnlySpan<int> capacities,
        int[] edgeStart,
        int[] edgeSupplier,
        int[] edgeWeight,
        ReadOnlySpan<int> needGroups = default,
        int groupCount = 0,
        ReadOnlySpan<int> needStates = default,
        int stateCount = 0)
    {
        ArgumentNullException.ThrowIfNull(edgeStart);
        ArgumentNullException.ThrowIfNull(edgeSupplier);
        ArgumentNullException.ThrowIfNull(edgeWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(groupCount);
        ArgumentOutOfRangeException.ThrowIfNegative(stateCount);
        var needCount = edgeStart.Length - 1;
        if (needCount < 0 || edgeStart[0] != 0 || edgeStart[needCount] != edgeSupplier.Length || edgeWeight.Length != edgeSupplier.Length)
        {
            throw new ArgumentException($"the rows do not describe {edgeSupplier.Length} edges with {edgeWeight.Length} weights", nameof(edgeStart));
        }

        CheckCapacities(capacities);
        for (var n = 0; n < needCount; n++)
        {
            if (edgeStart[n + 1] < edgeStart[n])
            {
                throw new ArgumentException($"row {n} ends before it starts", nameof(edgeStart));
            }

            for (var e = edgeStart[n]; e < edgeStart[n + 1]; e++)
            {
                var supplier = edgeSupplier[e];
                CheckEdge(n, supplier, edgeWeight[e], needCount, capacities.Length, nameof(edgeSupplier));
                if (e > edgeStart[n] && supplier <= edgeSupplier[e - 1])
                {
                    throw new ArgumentException(
                        supplier == edgeSupplier[e - 1] ? $"edge ({n}, {supplier}) is listed twice" : $"edge ({n}, {supplier}) comes after supplier {edgeSupplier[e - 1]}: rows must be in supplier order",
                        nameof(edgeSupplier));
                }
            }
        }

        var groups = ReadLabels(needGroups, needCount, groupCount, nameof(needGroups));
        var states = ReadLabels(needStates, needCount, stateCount, nameof(needStates));
        return new AllocationProblem(capacities.ToArray(), edgeStart, edgeSupplier, edgeWeight, groups, states, groupCount, stateCount);
    }

    /// <summary>Gets the largest edge weight of a need, or zero when it has no candidate.</summary>
    /// <param name="need">The need index.</param>
    /// <returns>The need's best weight.</returns>
    public int MaxWeightOf(int need)
    {
        var best = 0;
        for (var e = EdgeStart[need]; e < EdgeStart[need + 1]; e++)
        {
            best = Math.Max(best, EdgeWeight[e]);
        }

        return best;
    }

    /// <summary>Gets the sum over needs of each need's best weight: an upper bound on any allocation's total weight.</summary>
    /// <returns>The bound.</returns>
    public long WeightUpperBound()
    {
        long total = 0;
        for (var n = 0; n < NeedCount; n++)
        {
            total += MaxWeightOf(n);
        }

        return total;
    }

    private static void CheckCapacities(ReadOnlySpan<int> capacities)
    {
        foreach (var capacity in capacities)
        {
            if (capacity < 0)
            {
                throw new ArgumentException($"capacity {capacity} is negative", nameof(capacities));
            }
        }
    }

    private static void CheckEdge(int need, int supplier, int weight, int needCount, int supplierCount, string parameterName)
    {
        if ((uint)need >= (uint)needCount || (uint)supplier >= (uint)supplierCount)
        {
            throw new ArgumentException($"edge ({need}, {supplier}) is out of range: {needCount} needs, {supplierCount} suppliers", parameterName);
        }

        if (weight <= 0)
        {
            throw new ArgumentException($"edge ({need}, {supplier}) has weight {weight}: weights must be greater than zero", parameterName);
        }
    }

    private static int[] ReadLabels(ReadOnlySpan<int> labels, int needCount, int labelCount, string parameterName)
    {
        if (labels.IsEmpty)
        {
            var none = new int[needCount];
            Array.Fill(none, -1);
            return none;
        }

        if (labels.Length != needCount)
        {
            throw new ArgumentException($"{labels.Length} labels for {needCount} needs", parameterName);
        }

        foreach (var label in labels)
        {
            if (label < -1 || label >= labelCount)
            {
                throw new ArgumentException($"label {label} is out of range -1..{labelCount - 1}", parameterName);
            }
        }

        return labels.ToArray();
    }
}
