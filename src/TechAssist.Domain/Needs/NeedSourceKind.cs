using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Needs;

/// <summary>Where a need was identified.</summary>
[JsonConverter(typeof(StrictEnumConverter<NeedSourceKind>))]
public enum NeedSourceKind
{
    /// <summary>In the State's self-assessment report.</summary>
    SelfAssessment = 1,

    /// <summary>In a country report of the review mechanism.</summary>
    ReviewMechanism = 2,

    /// <summary>Entered directly by or for the State.</summary>
    Direct = 3,
}
