namespace TechAssist.Reviews;

/// <summary>A place in a ranking of assistance types, as a flat row.</summary>
public sealed record TypeRankingRow
{
    /// <summary><c>provision</c> or <c>group</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>The provision's code or the group's name.</summary>
    public required string Key { get; init; }

    /// <summary>The place, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>The assistance type's code.</summary>
    public required string AssistanceType { get; init; }

    /// <summary>How often it was asked for.</summary>
    public required int Count { get; init; }
}
