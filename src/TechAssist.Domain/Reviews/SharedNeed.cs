using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>A (provision, assistance type) need and the States and regional groups that share it.</summary>
/// <remarks>The matching engine reads it to recommend a level of delivery (paragraph 21 of the 2008 report): national, regional or global.</remarks>
public sealed record SharedNeed
{
    /// <summary>The provision.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The type of assistance.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The States with the need, ordered by code.</summary>
    public required EquatableArray<CountryCode> States { get; init; }

    /// <summary>The groups those States are counted in, in group order (States in no group add none).</summary>
    public required EquatableArray<RegionalGroup> Groups { get; init; }

    /// <summary>How many States share the need.</summary>
    public int StateCount => States.Count;

    /// <summary>How many groups share the need.</summary>
    public int GroupCount => Groups.Count;
}
