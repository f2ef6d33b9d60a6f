using NodaTime;
using TechAssist.Supply;

namespace TechAssist.Needs;

/// <summary>
/// Assistance a provider is already giving, or has committed to give, for a need: the record that lets the
/// needs-supply matrix warn when two providers serve the same need at the same time.
/// </summary>
public sealed record NeedDelivery
{
    /// <summary>The provider.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>The offering delivered, when known.</summary>
    public OfferingId? Offering { get; init; }

    /// <summary>When the assistance runs; null when not known (taken as overlapping any period).</summary>
    public DateInterval? Period { get; init; }
}
