namespace TechAssist.Matching.Allocation;

/// <summary>The stage of an allocation run that a progress report refers to.</summary>
internal enum AllocationPhase
{
    /// <summary>The greedy pass over edges sorted by weight.</summary>
    Greedy = 0,

    /// <summary>The cost-scaling phases of an exact solve.</summary>
    Optimising = 1,

    /// <summary>The search for the highest coverage level every regional group can reach (fair allocation).</summary>
    FairnessSearch = 2,
}
