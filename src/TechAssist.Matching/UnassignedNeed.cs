using TechAssist.Consent;
using TechAssist.Collections;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching;

/// <summary>An open need that got no offering, and why.</summary>
public sealed record UnassignedNeed
{
    /// <summary>The need.</summary>
    public required NeedId Need { get; init; }

    /// <summary>The State that needs the assistance.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The regional group the State is counted in, or null.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>The State's consent to share the need: <see cref="MatchingResult.ForViewer"/> reads it.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>Why it is unassigned.</summary>
    public required UnassignedReason Reason { get; init; }

    /// <summary>How many offerings were found for its article and geography before the filters.</summary>
    public required int OfferingsFound { get; init; }

    /// <summary>How many candidates each filter removed (filters that removed none are left out).</summary>
    public EquatableArray<FilterCount> Filtered { get; init; }

    /// <summary>With <see cref="UnassignedReason.CapacityTaken"/>: the eligible offerings, all full, ordered by id.</summary>
    public EquatableArray<OfferingId> FullOfferings { get; init; }

    /// <summary>For example <c>KEN-1: NoEligibleOffering (Eligibility: 2, Consent: 1)</c>.</summary>
    public override string ToString() =>
        Filtered.IsEmpty ? $"{Need}: {Reason}" : $"{Need}: {Reason} ({string.Join(", ", Filtered)})";
}
