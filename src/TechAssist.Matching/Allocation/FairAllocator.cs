namespace TechAssist.Matching.Allocation;

/// <summary>
/// The fair allocation: first the highest coverage level t that every regional group can reach at once (coverage of a
/// group = share of its needs served), then the maximum total weight among allocations that reach it; optionally at
/// most a given number of needs served per State.
/// </summary>
/// <remarks>
/// <para>
/// Method (exact for this max-min objective). For a level t each group g must serve at least L_g = ceil(t · n_g) of
/// its n_g needs. Feasibility is monotone in t and the coverage of a group can only be a/n_g, so the best level is
/// found by binary search over the sorted distinct fractions a/n_g (about log2(N) solves).
/// </para>
/// <para>
/// The network (lower bounds without a lower-bound transformation): each State k (needs without a State form one
/// uncapped pseudo-State per group) is a source node with supply n_k. It either sends a unit to serve one of its needs,
/// through a node Serve_k whose inflow is capped by the State cap, then need→supplier (cost -weight) and
/// supplier→sink (capacity c); or sends it unserved to its group's node U_g. U_g reaches the sink by an arc of
/// capacity n_g - L_g and cost 0 and by a penalty arc of capacity L_g and cost P. So at most n_g - L_g units can go
/// unserved for free: the lower bound holds exactly when the penalty arcs carry no flow. The network is always
/// feasible (everything may go unserved through the penalty arcs), so the solver never meets an infeasible network.
/// </para>
/// <para>
/// Search solves use cost 0 on edges and 1 on penalty arcs: level t is feasible iff the minimum cost is 0. The final
/// solve uses P = (sum of the needs' best weights) + 1, larger than any allocation's weight, so an optimum never pays a
/// penalty when a penalty-free allocation exists (it costs at most 0, a penalty at least P minus that sum &gt; 0).
/// </para>
/// <para>
/// Needs of one State must share one regional group (a State belongs to one group); otherwise the call throws.
/// Groups other than the worst are not levelled further: after the minimum level, the weight decides.
/// </para>
/// </remarks>
internal static class FairAllocator
{
    /// <summary>Allocates fairly.</summary>
    /// <param name="problem">The problem, with a group index per need (and a State index for the cap).</param>
    /// <param name="options">The fairness options.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The allocation; exact for the lexicographic objective (minimum group level, then weight).</returns>
    /// <exception cref="ArgumentException">Needs of one State carry different groups, or the cap is negative.</exception>
    public static AllocationResult Allocate(
        AllocationProblem problem, FairnessOptions options, IProgress<AllocationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxServedPerState is < 0)
        {
            throw new ArgumentException($"the cap per State is {options.MaxServedPerState}: it must be at least zero", nameof(options));
        }

        var layout = new FairLayout(problem);
        var levels = CandidateLevels(layout);

        // Binary search for the last feasible level between two bounds. Low: level 0 (no lower bound) is always
        // feasible, and without a State cap so is the level the plain optimum reaches (it is an allocation).
        // High: the worst group's coverage is at most the average coverage over the grouped needs, and at most
        // min(total capacity, grouped needs with a candidate) of them can be served.
        var low = 0;
        if (options.MaxServedPerState is null && levels.Count > 1)
        {
            var reached = LevelReached(OptimalAllocator.Allocate(problem, null, cancellationToken), layout);
            low = LastLevelAtMost(levels, reached);
        }

        var high = Math.Max(low, LastLevelAtMost(levels, CoverageBound(problem)));
        var steps = Math.Max(1, (int)Math.Ceiling(Math.Log2(high - low + 2)));
        var step = 0;
        while (low < high)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var middle = low + ((high - low + 1) / 2);
            var network = layout.Build(levels[middle], options.MaxServedPerState, weighted: false, penalty: 1);
            var cost = new CostScalingMinCostFlow(network.Network).Solve(null, AllocationPhase.FairnessSearch, cancellationToken);
            if (cost == 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }

            progress?.Report(new AllocationProgress(AllocationPhase.FairnessSearch, Math.Min(1.0, ++step / (double)steps)));
        }

        progress?.Report(new AllocationProgress(AllocationPhase.FairnessSearch, 1.0));
        var penalty = checked(problem.WeightUpperBound() + 1);
        var final = layout.Build(levels[low], options.MaxServedPerState, weighted: true, penalty);
        var solver = new CostScalingMinCostFlow(final.Network);
        solver.Solve(progress, AllocationPhase.Optimising, cancellationToken);
        foreach (var arc in final.PenaltyArcs)
        {
            if (solver.Flow(arc) != 0)
            {
                throw new InvalidOperationException("the fair allocation lost a coverage level the search had found feasible");
            }
        }

        return new AllocationResult(problem, AllocationStrategy.Fair, OptimalAllocator.ReadAssignment(problem, solver, edgeArcOffset: 0), isApproximate: false);
    }

    /// <summary>The worst group's coverage in an allocation, as a fraction served/n_g (1/1 when no group has needs).</summary>
    private static (long Numerator, long Denominator) LevelReached(AllocationResult result, FairLayout layout)
    {
        var problem = result.Problem;
        var served = new long[layout.GroupCount];
        for (var n = 0; n < problem.NeedCount; n++)
        {
            if (problem.NeedGroup[n] >= 0 && result.SupplierOfNeed[n] >= 0)
            {
                served[problem.NeedGroup[n]]++;
            }
        }

        (long Numerator, long Denominator) worst = (1, 1);
        for (var g = 0; g < layout.GroupCount; g++)
        {
            var size = layout.GroupSize[g];
            if (size > 0 && served[g] * worst.Denominator < worst.Numerator * size)
            {
                worst = (served[g], size);
            }
        }

        return worst;
    }

    /// <summary>An upper bound on the worst group's coverage: the best average coverage of the grouped needs.</summary>
    private static (long Numerator, long Denominator) CoverageBound(AllocationProblem problem)
    {
        long grouped = 0, withCandidates = 0, capacity = 0;
        for (var n = 0; n < problem.NeedCount; n++)
        {
            if (problem.NeedGroup[n] >= 0)
            {
                grouped++;
                withCandidates += problem.EdgeStart[n + 1] > problem.EdgeStart[n] ? 1 : 0;
            }
        }

        foreach (var c in problem.Capacities)
        {
            capacity += c;
        }

        return grouped == 0 ? (1, 1) : (Math.Min(Math.Min(capacity, withCandidates), grouped), grouped);
    }

    /// <summary>The index of the last level not above a fraction (levels[0] = 0 is never above).</summary>
    private static int LastLevelAtMost(List<(long Numerator, long Denominator)> levels, (long Numerator, long Denominator) bound)
    {
        int low = 0, high = levels.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (levels[middle].Numerator * bound.Denominator <= bound.Numerator * levels[middle].Denominator)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The distinct fractions a/n_g (0 ≤ a ≤ n_g) over groups with needs, ascending, as (a, n_g).</summary>
    private static List<(long Numerator, long Denominator)> CandidateLevels(FairLayout layout)
    {
        var levels = new List<(long Numerator, long Denominator)> { (0, 1) };
        for (var g = 0; g < layout.GroupCount; g++)
        {
            var size = layout.GroupSize[g];
            for (var a = 1; a <= size; a++)
            {
                levels.Add((a, size));
            }
        }

        levels.Sort(static (x, y) => (x.Numerator * y.Denominator).CompareTo(y.Numerator * x.Denominator));
        var distinct = new List<(long Numerator, long Denominator)>(levels.Count);
        foreach (var level in levels)
        {
            if (distinct.Count == 0 || level.Numerator * distinct[^1].Denominator != distinct[^1].Numerator * level.Denominator)
            {
                distinct.Add(level);
            }
        }

        return distinct;
    }
}
