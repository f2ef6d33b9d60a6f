using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Consent;

/// <summary>Who looks at a report, a need or an output derived from them.</summary>
[JsonConverter(typeof(StrictEnumConverter<ViewerKind>))]
public enum ViewerKind
{
    /// <summary>Anyone, without an identity: a public portal, a published report.</summary>
    Public = 0,

    /// <summary>The secretariat (UNODC as secretariat of the Conference).</summary>
    Secretariat = 1,

    /// <summary>A provider of technical assistance, by its id.</summary>
    Provider = 2,

    /// <summary>A State, by its code: it sees everything of its own.</summary>
    State = 3,
}
