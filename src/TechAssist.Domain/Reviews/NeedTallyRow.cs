namespace TechAssist.Reviews;

/// <summary>A need tally as a flat row.</summary>
public sealed record NeedTallyRow
{
    /// <summary>The provision's code.</summary>
    public required string Provision { get; init; }

    /// <summary>The assistance type's code, such as <c>LEGAL_ADVICE</c>.</summary>
    public required string AssistanceType { get; init; }

    /// <summary><c>All</c> or a group's name.</summary>
    public required string Group { get; init; }

    /// <summary>The States with that need.</summary>
    public required int States { get; init; }
}
