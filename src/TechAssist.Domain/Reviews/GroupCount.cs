using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>How many States of one regional group share something.</summary>
public sealed record GroupCount
{
    /// <summary>The group.</summary>
    public required RegionalGroup Group { get; init; }

    /// <summary>The number of States.</summary>
    public required int States { get; init; }
}
