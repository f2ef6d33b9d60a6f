using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Consent;

/// <summary>How widely a State consents to share a report or a need. Each scope includes the ones before it.</summary>
[JsonConverter(typeof(StrictEnumConverter<SharingScope>))]
public enum SharingScope
{
    /// <summary>The State and the secretariat only.</summary>
    Confidential = 1,

    /// <summary>The State, the secretariat and providers of technical assistance: all of them, or those named.</summary>
    Providers = 2,

    /// <summary>Anyone.</summary>
    Public = 3,
}
