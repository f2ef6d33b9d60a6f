using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>A State party that did not report, as a flat row.</summary>
public sealed record NonReportingRow
{
    /// <summary>Its regional group's name, or <c>None</c>.</summary>
    public required string Group { get; init; }

    /// <summary>The State's code.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The State's name.</summary>
    public required string Name { get; init; }
}
