using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.States;

/// <summary>The five regional groups of the United Nations.</summary>
[JsonConverter(typeof(StrictEnumConverter<RegionalGroup>))]
public enum RegionalGroup
{
    /// <summary>The African Group (54 States).</summary>
    African = 1,

    /// <summary>The Asia-Pacific Group (54 States).</summary>
    AsiaPacific = 2,

    /// <summary>The Eastern European Group (23 States).</summary>
    EasternEuropean = 3,

    /// <summary>The Latin American and Caribbean Group (33 States).</summary>
    LatinAmericanAndCaribbean = 4,

    /// <summary>The Western European and Others Group (29 States, counting the United States as for elections).</summary>
    WesternEuropeanAndOthers = 5,
}
