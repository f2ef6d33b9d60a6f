using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching;

/// <summary>Why an open need got no offering.</summary>
[JsonConverter(typeof(StrictEnumConverter<UnassignedReason>))]
public enum UnassignedReason
{
    /// <summary>No offering covers its article and reaches its State at all.</summary>
    NoOfferingFound = 1,

    /// <summary>Offerings were found but the hard filters removed them all; the filter counts say which.</summary>
    NoEligibleOffering = 2,

    /// <summary>Eligible offerings scored below the minimum score.</summary>
    BelowMinimumScore = 3,

    /// <summary>Every eligible offering's capacity went to other needs; the full offerings are named.</summary>
    CapacityTaken = 4,

    /// <summary>Capacity was left but the strategy served other needs first (its State's cap, or a better total elsewhere).</summary>
    NotSelected = 5,
}
