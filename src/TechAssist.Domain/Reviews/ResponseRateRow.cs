namespace TechAssist.Reviews;

/// <summary>A response rate as a flat row: <c>All</c> or a group's name, counts and rounded percentage.</summary>
public sealed record ResponseRateRow
{
    /// <summary><c>All</c>, a regional group's name, or <c>None</c> for States in no group.</summary>
    public required string Group { get; init; }

    /// <summary>The States parties that reported.</summary>
    public required int Reporting { get; init; }

    /// <summary>The States parties.</summary>
    public required int Parties { get; init; }

    /// <summary>The rounded percentage, or null when the group has no State party.</summary>
    public int? Percent { get; init; }
}
