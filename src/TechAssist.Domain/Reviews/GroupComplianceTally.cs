using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>The compliance tally of one regional group for a provision.</summary>
public sealed record GroupComplianceTally
{
    /// <summary>The group.</summary>
    public required RegionalGroup Group { get; init; }

    /// <summary>The tally.</summary>
    public required ComplianceTally Tally { get; init; }
}
