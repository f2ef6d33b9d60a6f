namespace TechAssist.Matching.Allocation;

/// <summary>The single entry point over the allocation solvers, shaped for a thin public façade.</summary>
/// <remarks>Stateless and thread safe: each call works on its own arrays; the problem is only read.</remarks>
internal static class Allocator
{
    /// <summary>Allocates capacity to needs with the chosen strategy.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="strategy">The strategy.</param>
    /// <param name="fairness">Options of the fair strategy, or null for the defaults; ignored by the others.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the run with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The allocation.</returns>
    public static AllocationResult Allocate(
        AllocationProblem problem,
        AllocationStrategy strategy,
        FairnessOptions? fairness = null,
        IProgress<AllocationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return strategy switch
        {
            AllocationStrategy.Greedy => GreedyAllocator.Allocate(problem, progress, cancellationToken),
            AllocationStrategy.Optimal => OptimalAllocator.Allocate(problem, progress, cancellationToken),
            AllocationStrategy.CoverageFirst => OptimalAllocator.AllocateCoverageFirst(problem, progress, cancellationToken),
            AllocationStrategy.Fair => FairAllocator.Allocate(problem, fairness ?? FairnessOptions.Default, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "unknown allocation strategy"),
        };
    }
}
