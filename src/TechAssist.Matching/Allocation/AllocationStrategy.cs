namespace TechAssist.Matching.Allocation;

/// <summary>How capacity is allocated to needs.</summary>
/// <remarks>Proposed as the public enum of the engine's options; internal until the façade exists.</remarks>
internal enum AllocationStrategy
{
    /// <summary>Edges by weight, best first: fast, approximate (the result says so).</summary>
    Greedy = 0,

    /// <summary>The maximum total weight, exactly (a maximum-weight b-matching).</summary>
    Optimal = 1,

    /// <summary>As many needs served as possible, then the maximum total weight among those allocations.</summary>
    CoverageFirst = 2,

    /// <summary>The worst-served regional group's coverage raised as far as possible, then the maximum total weight.</summary>
    Fair = 3,
}
