using TechAssist.Assistance;

namespace TechAssist.Reviews;

/// <summary>An assistance type in a ranking, with how often it was asked for.</summary>
public sealed record RankedType
{
    /// <summary>The place, from 1; ties are broken by the type's order, so places are never shared.</summary>
    public required int Rank { get; init; }

    /// <summary>The type.</summary>
    public required AssistanceType Type { get; init; }

    /// <summary>How many needs ask for it: States (per provision) or State-provision pairs (per group).</summary>
    public required int Count { get; init; }
}
