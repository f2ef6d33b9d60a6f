using TechAssist.Matching.Scoring;
using TechAssist.Supply;

namespace TechAssist.Matching;

/// <summary>An offering that passed every filter for a need, with its explained score.</summary>
public sealed record CandidateMatch
{
    /// <summary>The offering.</summary>
    public required OfferingId Offering { get; init; }

    /// <summary>Its provider.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>The explained score.</summary>
    public required MatchExplanation Explanation { get; init; }

    /// <summary>Whether the score reaches the minimum score (candidates below it are listed, for explanation, but never allocated).</summary>
    public required bool MeetsMinimumScore { get; init; }

    /// <summary>For example <c>OFF-7 (85/115)</c>.</summary>
    public override string ToString() => $"{Offering} ({Explanation.Total}/{Explanation.Maximum})";
}
