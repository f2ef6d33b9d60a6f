using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>What the importer read from one activity, relevant or not: enough to count levels and providers.</summary>
public sealed record IatiActivitySummary
{
    /// <summary>The iati-identifier.</summary>
    public required string IatiIdentifier { get; init; }

    /// <summary>The line where the activity starts.</summary>
    public required int Line { get; init; }

    /// <summary>The level read from its geography.</summary>
    public required ScopeLevel Level { get; init; }

    /// <summary>The provider chosen from its organisations.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>Whether it concerns the Convention (see <see cref="IatiRelevance"/>) and was imported.</summary>
    public required bool IsRelevant { get; init; }

    /// <summary>Why it was skipped, or null when imported.</summary>
    public string? SkipReason { get; init; }
}
