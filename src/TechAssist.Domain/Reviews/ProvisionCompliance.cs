using TechAssist.Collections;
using TechAssist.Convention;

namespace TechAssist.Reviews;

/// <summary>The compliance answers for one provision, overall and per regional group.</summary>
public sealed record ProvisionCompliance
{
    /// <summary>The provision (a checklist item).</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The tally over every reporting State, those in no group included.</summary>
    public required ComplianceTally Overall { get; init; }

    /// <summary>The tally per group, in group order, for the groups with at least one answer.</summary>
    public required EquatableArray<GroupComplianceTally> Groups { get; init; }
}
