using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching;

/// <summary>How scarce capacity is shared out among needs.</summary>
[JsonConverter(typeof(StrictEnumConverter<AllocationStrategy>))]
public enum AllocationStrategy
{
    /// <summary>Exact: the largest total of fit times priority weight. The default.</summary>
    Optimal = 1,

    /// <summary>Fast preview: best pairs first. Approximate, and the result says so.</summary>
    Greedy = 2,

    /// <summary>Serve as many needs as possible, then the largest total among those allocations.</summary>
    CoverageFirst = 3,

    /// <summary>Raise the coverage of the worst-served regional group first, then the total (optionally capped per State).</summary>
    Fair = 4,
}
