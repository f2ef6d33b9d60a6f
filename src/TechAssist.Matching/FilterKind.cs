using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching;

/// <summary>
/// The hard filters between a need and the offerings found for its article and geography, in the order they are
/// applied: a candidate removed is counted once, under the first filter that removes it.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<FilterKind>))]
public enum FilterKind
{
    /// <summary>The offering is only seeking funding (see <see cref="MatchingOptions.IncludeOfferingsSeekingFunding"/>) or has no capacity.</summary>
    Funding = 1,

    /// <summary>The offering's period ended before the matching date, or does not overlap the period the need is wanted in.</summary>
    Period = 2,

    /// <summary>The State is not eligible: not a party when the offering is for parties only, or excluded.</summary>
    Eligibility = 3,

    /// <summary>The State's consent does not let the offering's provider see the need.</summary>
    Consent = 4,

    /// <summary>The offering gives neither the type asked for nor a related type.</summary>
    AssistanceType = 5,

    /// <summary>The offering works on the article but not on the need's provision (another paragraph).</summary>
    Coverage = 6,

    /// <summary>The need requires a language the offering does not work in.</summary>
    Language = 7,

    /// <summary>An expert may not serve this State (own nationality, employer's State, declared conflict).</summary>
    Conflict = 8,

    /// <summary>An expert is not available in the period.</summary>
    Availability = 9,

    /// <summary>The candidate passed every filter but scored below <see cref="MatchingOptions.MinimumScore"/>.</summary>
    BelowMinimumScore = 10,
}
