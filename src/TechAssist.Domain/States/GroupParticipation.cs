using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.States;

/// <summary>How a State takes part in the regional group it is counted in.</summary>
[JsonConverter(typeof(StrictEnumConverter<GroupParticipation>))]
public enum GroupParticipation
{
    /// <summary>A full member of the group.</summary>
    Full = 1,

    /// <summary>Attends as an observer but is counted in the group (the United States in WEOG, for elections).</summary>
    Observer = 2,
}
