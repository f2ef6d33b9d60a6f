using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Scoring;

/// <summary>The parts a match score is made of; each has its own weight in <see cref="MatchingOptions"/>.</summary>
[JsonConverter(typeof(StrictEnumConverter<ScoreComponentKind>))]
public enum ScoreComponentKind
{
    /// <summary>How closely the offering's coverage fits the need's provision.</summary>
    ProvisionFit = 1,

    /// <summary>Whether the offering gives the type of assistance asked for, or a related one.</summary>
    AssistanceType = 2,

    /// <summary>How specific the offering's scope is to the State: bilateral, regional or global.</summary>
    ScopeSpecificity = 3,

    /// <summary>Whether the offering works in a language the need asks for.</summary>
    Language = 4,

    /// <summary>How much of the period the need is wanted in the offering covers.</summary>
    PeriodOverlap = 5,

    /// <summary>A provider from a developing country serving a developing country (South-South cooperation).</summary>
    SouthSouth = 6,

    /// <summary>An offering marked gender-responsive, where the need asks for it.</summary>
    GenderResponsiveness = 7,

    /// <summary>An expert's years of experience in the provision's area (experts only).</summary>
    Experience = 8,
}
