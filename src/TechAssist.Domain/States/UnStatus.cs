using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.States;

/// <summary>A State's standing at the United Nations.</summary>
[JsonConverter(typeof(StrictEnumConverter<UnStatus>))]
public enum UnStatus
{
    /// <summary>A Member State of the United Nations.</summary>
    Member = 1,

    /// <summary>A non-member observer State (the Holy See, the State of Palestine).</summary>
    ObserverState = 2,
}
