using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Checklists;

/// <summary>How far a State's law and practice meet a provision, as the State answers it in a checklist.</summary>
[JsonConverter(typeof(StrictEnumConverter<Compliance>))]
public enum Compliance
{
    /// <summary>The provision is fully implemented.</summary>
    Full = 1,

    /// <summary>The provision is implemented in part.</summary>
    Partial = 2,

    /// <summary>The provision is not implemented.</summary>
    None = 3,

    /// <summary>The provision does not apply to the State (for instance an optional provision it chose not to take up).</summary>
    NotApplicable = 4,
}
