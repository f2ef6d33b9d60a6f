using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Needs;

/// <summary>Where a need stands.</summary>
/// <remarks>
/// Allowed changes: Open to Planned, InDelivery, Met or Withdrawn; Planned to Open, InDelivery or Withdrawn;
/// InDelivery to Planned, Met or Withdrawn; Met and Withdrawn back to Open (the need arises again).
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<NeedStatus>))]
public enum NeedStatus
{
    /// <summary>Identified, with no assistance planned.</summary>
    Open = 1,

    /// <summary>Assistance is planned.</summary>
    Planned = 2,

    /// <summary>Assistance is being delivered.</summary>
    InDelivery = 3,

    /// <summary>The need is met.</summary>
    Met = 4,

    /// <summary>The State withdrew the need.</summary>
    Withdrawn = 5,
}
