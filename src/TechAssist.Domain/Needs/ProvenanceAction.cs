using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Needs;

/// <summary>What an actor did to a need.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProvenanceAction>))]
public enum ProvenanceAction
{
    /// <summary>Recorded the need by direct entry.</summary>
    Recorded = 1,

    /// <summary>Derived the need from a self-assessment report.</summary>
    Derived = 2,

    /// <summary>Changed the need's status.</summary>
    StatusChanged = 3,

    /// <summary>Changed another field.</summary>
    Edited = 4,
}
