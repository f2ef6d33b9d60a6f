using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Matching.Scoring;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Assistance;

namespace TechAssist.Matching;

/// <summary>A need served by an offering, with the explanation of its score.</summary>
public sealed record Match
{
    /// <summary>The need.</summary>
    public required NeedId Need { get; init; }

    /// <summary>The State that needs the assistance.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The regional group the State is counted in, or null.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The State's consent to share the need: <see cref="MatchingResult.ForViewer"/> reads it.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>The need's provision.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The assistance type asked for.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The offering that serves it.</summary>
    public required OfferingId Offering { get; init; }

    /// <summary>The offering's provider.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>The fit score (see <see cref="Explanation"/>).</summary>
    public int Score => Explanation.Total;

    /// <summary>The score times the need's priority weight: what the allocation maximises.</summary>
    public required int Weight { get; init; }

    /// <summary>Each score component with its points, maximum and reason.</summary>
    public required MatchExplanation Explanation { get; init; }

    /// <summary>For example <c>KEN-1 -> OFF-7 (85/115)</c>.</summary>
    public override string ToString() => $"{Need} -> {Offering} ({Explanation.Total}/{Explanation.Maximum})";
}
