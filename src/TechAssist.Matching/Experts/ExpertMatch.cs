using TechAssist.Experts;
using TechAssist.Matching.Scoring;

namespace TechAssist.Matching.Experts;

/// <summary>An expert suited to a need, with the explanation of the ranking. Never carries contact details.</summary>
public sealed record ExpertMatch
{
    /// <summary>The expert's id.</summary>
    public required ExpertId Expert { get; init; }

    /// <summary>The expert's name.</summary>
    public required string Name { get; init; }

    /// <summary>The explained score.</summary>
    public required MatchExplanation Explanation { get; init; }

    /// <summary>For example <c>EXP-12 Jane Doe (72/100)</c>.</summary>
    public override string ToString() => $"{Expert} {Name} ({Explanation.Total}/{Explanation.Maximum})";
}
