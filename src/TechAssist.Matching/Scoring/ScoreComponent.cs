namespace TechAssist.Matching.Scoring;

/// <summary>One part of a match's score: its points out of a maximum, and why.</summary>
public sealed record ScoreComponent
{
    /// <summary>Which part of the score this is.</summary>
    public required ScoreComponentKind Kind { get; init; }

    /// <summary>The points given, from 0 to <see cref="Maximum"/>.</summary>
    public required int Points { get; init; }

    /// <summary>The most points this component can give under the options in force.</summary>
    public required int Maximum { get; init; }

    /// <summary>Why the points were given.</summary>
    public required ScoreReason Reason { get; init; }

    /// <summary>For example <c>ProvisionFit 30/40 (ProvisionSameArticle)</c>.</summary>
    public override string ToString() => $"{Kind} {Points}/{Maximum} ({Reason})";
}
