using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Matching.Levels;

/// <summary>A recommended level of delivery for a need several States share, with the counts that justify it.</summary>
public sealed record LevelRecommendation
{
    /// <summary>The provision (an article when the recommendations are by article).</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The type of assistance.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The recommended level.</summary>
    public required DeliveryLevel Level { get; init; }

    /// <summary>For a regional recommendation, the group.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The States the recommendation is for, ordered by code.</summary>
    public required EquatableArray<CountryCode> States { get; init; }

    /// <summary>How many States share the need in all.</summary>
    public required int SharedByStates { get; init; }

    /// <summary>In how many regional groups.</summary>
    public required int SharedByGroups { get; init; }

    /// <summary>Why, in words, with the counts and thresholds.</summary>
    public required string Reason { get; init; }

    /// <summary>For example <c>Art. 52(1) CapacityBuilding: Global (7 States, 4 groups)</c>.</summary>
    public override string ToString() => $"{Provision} {AssistanceType}: {Level}{(Group is { } g ? " " + g : string.Empty)} ({States.Count} States)";
}
