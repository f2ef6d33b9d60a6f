using TechAssist.Consent;
using TechAssist.Experts;
using TechAssist.Matching.Scoring;
using TechAssist.Needs;
using TechAssist.States;

namespace TechAssist.Matching.Experts;

/// <summary>An expert assigned to a need by an expert allocation.</summary>
public sealed record ExpertAssignment
{
    /// <summary>The need.</summary>
    public required NeedId Need { get; init; }

    /// <summary>The State that needs the assistance.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The State's consent to share the need.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>The expert's id.</summary>
    public required ExpertId Expert { get; init; }

    /// <summary>The expert's name (never contact details).</summary>
    public required string Name { get; init; }

    /// <summary>The score times the need's priority weight.</summary>
    public required int Weight { get; init; }

    /// <summary>The explained score.</summary>
    public required MatchExplanation Explanation { get; init; }

    /// <summary>For example <c>KEN-1 -> EXP-12 (72/100)</c>.</summary>
    public override string ToString() => $"{Need} -> {Expert} ({Explanation.Total}/{Explanation.Maximum})";
}
