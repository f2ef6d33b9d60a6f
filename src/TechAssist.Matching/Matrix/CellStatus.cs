using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Matrix;

/// <summary>The state of a cell of the needs-supply matrix.</summary>
[JsonConverter(typeof(StrictEnumConverter<CellStatus>))]
public enum CellStatus
{
    /// <summary>Needs, none served.</summary>
    Unmet = 1,

    /// <summary>Some needs served, some not.</summary>
    PartiallyMet = 2,

    /// <summary>Every need served.</summary>
    Met = 3,

    /// <summary>A coordination alert: two or more providers serve the same need in overlapping periods.</summary>
    Duplicated = 4,

    /// <summary>Supply without demand (offerings aimed at the cell and no need), or every need served with far more spare offerings than needs (see <see cref="MatrixOptions.OversupplyFactor"/>).</summary>
    Oversupplied = 5,
}
