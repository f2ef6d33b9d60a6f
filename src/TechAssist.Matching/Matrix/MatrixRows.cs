using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Matrix;

/// <summary>What the rows of the needs-supply matrix are: the three levels of the founding report's matrix.</summary>
[JsonConverter(typeof(StrictEnumConverter<MatrixRows>))]
public enum MatrixRows
{
    /// <summary>One row per State (bilateral level).</summary>
    State = 1,

    /// <summary>One row per regional group, by the group each State is counted in (regional level).</summary>
    RegionalGroup = 2,

    /// <summary>One row for all States (global level).</summary>
    Global = 3,
}
