using TechAssist.Collections;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>The response rate of one regional group, with the States parties that reported and those that did not.</summary>
public sealed record GroupResponseRate
{
    /// <summary>The group, or null for States parties counted in no group.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The States parties of the group that reported, out of all its States parties.</summary>
    public required Rate Rate { get; init; }

    /// <summary>The States parties that reported, ordered by code.</summary>
    public required EquatableArray<CountryCode> Reporting { get; init; }

    /// <summary>The States parties that did not report, ordered by code: those to offer help with the checklist (paragraph 32).</summary>
    public required EquatableArray<CountryCode> NonReporting { get; init; }
}
