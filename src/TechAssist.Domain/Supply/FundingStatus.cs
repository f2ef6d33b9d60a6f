using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Supply;

/// <summary>Whether the money for an offering is there.</summary>
[JsonConverter(typeof(StrictEnumConverter<FundingStatus>))]
public enum FundingStatus
{
    /// <summary>The offering is funded.</summary>
    Funded = 1,

    /// <summary>The offering is planned and funding is expected.</summary>
    Pipeline = 2,

    /// <summary>The offering exists on paper and waits for voluntary contributions.</summary>
    SeekingVoluntaryFunding = 3,
}
