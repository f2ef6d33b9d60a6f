using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Matrix;

/// <summary>What the columns of the needs-supply matrix are.</summary>
[JsonConverter(typeof(StrictEnumConverter<MatrixColumns>))]
public enum MatrixColumns
{
    /// <summary>One column per article.</summary>
    Article = 1,

    /// <summary>One column per chapter.</summary>
    Chapter = 2,

    /// <summary>One column per thematic area (articles of chapters I, VII and VIII are left out).</summary>
    ThematicArea = 3,
}
