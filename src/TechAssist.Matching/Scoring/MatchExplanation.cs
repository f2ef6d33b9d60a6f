using TechAssist.Collections;

namespace TechAssist.Matching.Scoring;

/// <summary>A match's score with every component that makes it up, so that a portal can show why.</summary>
public sealed record MatchExplanation
{
    /// <summary>The components, in the order of <see cref="ScoreComponentKind"/>.</summary>
    public required EquatableArray<ScoreComponent> Components { get; init; }

    /// <summary>The score: the sum of the components' points.</summary>
    public int Total => Components.Sum(component => component.Points);

    /// <summary>The most the score could be: the sum of the components' maxima.</summary>
    public int Maximum => Components.Sum(component => component.Maximum);

    /// <summary>The points of one component, or 0 when it is not part of this explanation.</summary>
    public int PointsFor(ScoreComponentKind kind) => Components.FirstOrDefault(c => c.Kind == kind)?.Points ?? 0;

    /// <summary>For example <c>85/115: ProvisionFit 40/40 (ProvisionExact), ...</c>.</summary>
    public override string ToString() => $"{Total}/{Maximum}: {string.Join(", ", Components)}";
}
