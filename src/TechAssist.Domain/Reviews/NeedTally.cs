using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;

namespace TechAssist.Reviews;

/// <summary>How many States need one type of assistance on one provision, overall and per regional group.</summary>
public sealed record NeedTally
{
    /// <summary>The provision, as the needs name it.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The type of assistance.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The States with that need, those in no group included.</summary>
    public required int States { get; init; }

    /// <summary>The States per group, in group order, for the groups with at least one.</summary>
    public required EquatableArray<GroupCount> Groups { get; init; }
}
