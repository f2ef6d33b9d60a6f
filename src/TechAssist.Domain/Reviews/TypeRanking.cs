using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>The assistance types most requested for a provision or in a regional group, most requested first.</summary>
public sealed record TypeRanking
{
    /// <summary>The provision ranked, or null for a ranking per group.</summary>
    public ProvisionReference? Provision { get; init; }

    /// <summary>The group ranked, or null for a ranking per provision.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The types asked for at least once: count descending, then the types' order (<see cref="Assistance.AssistanceType"/>).</summary>
    public required EquatableArray<RankedType> Types { get; init; }
}
