using TechAssist.States;

namespace TechAssist.Matching;

/// <summary>How many of a regional group's open needs a run served.</summary>
public sealed record GroupCoverage
{
    /// <summary>The group, or null for States in no group.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The group's open needs.</summary>
    public required int Needs { get; init; }

    /// <summary>How many were served.</summary>
    public required int Served { get; init; }

    /// <summary>The share served, from 0 to 1 (1 for a group without needs).</summary>
    public double Coverage => Needs == 0 ? 1.0 : Served / (double)Needs;

    /// <summary>For example <c>African 12/40</c>.</summary>
    public override string ToString() => $"{Group?.ToString() ?? "No group"} {Served}/{Needs}";
}
