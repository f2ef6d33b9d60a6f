namespace TechAssist.Reviews;

/// <summary>A shared need as a flat row.</summary>
public sealed record CommonalityRow
{
    /// <summary>The provision's code.</summary>
    public required string Provision { get; init; }

    /// <summary>The assistance type's code.</summary>
    public required string AssistanceType { get; init; }

    /// <summary>How many States share the need.</summary>
    public required int States { get; init; }

    /// <summary>How many regional groups share it.</summary>
    public required int Groups { get; init; }

    /// <summary>The groups' names, separated by <c>;</c>.</summary>
    public required string GroupNames { get; init; }
}
