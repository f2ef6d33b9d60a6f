using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Supply;

/// <summary>The geographic level of an offering.</summary>
[JsonConverter(typeof(StrictEnumConverter<ScopeLevel>))]
public enum ScopeLevel
{
    /// <summary>One recipient State.</summary>
    Bilateral = 1,

    /// <summary>A regional group, a set of States or an IATI region.</summary>
    Regional = 2,

    /// <summary>Every eligible State.</summary>
    Global = 3,
}
