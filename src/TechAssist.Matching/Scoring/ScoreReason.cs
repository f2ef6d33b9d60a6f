using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching.Scoring;

/// <summary>Why a score component got its points: a stable code a portal can translate.</summary>
[JsonConverter(typeof(StrictEnumConverter<ScoreReason>))]
public enum ScoreReason
{
    /// <summary>The offering covers the very provision (or a provision containing it below article level).</summary>
    ProvisionExact = 1,

    /// <summary>The offering covers the whole article the need's provision belongs to.</summary>
    ProvisionSameArticle = 2,

    /// <summary>The offering covers the chapter or thematic area of the need's provision.</summary>
    ProvisionSameChapter = 3,

    /// <summary>The offering gives the assistance type asked for.</summary>
    AssistanceTypeExact = 10,

    /// <summary>The offering gives a type related to the one asked for (see <see cref="MatchingOptions.RelatedAssistanceTypes"/>).</summary>
    AssistanceTypeRelated = 11,

    /// <summary>The offering does not say which types it gives (as IATI imports): scored as a related type.</summary>
    AssistanceTypeNotStated = 12,

    /// <summary>The offering is for this State alone.</summary>
    ScopeBilateral = 20,

    /// <summary>The offering is for a region or group of States that includes this State.</summary>
    ScopeRegional = 21,

    /// <summary>The offering is open to every eligible State.</summary>
    ScopeGlobal = 22,

    /// <summary>The offering works in a language the need asks for.</summary>
    LanguageMatched = 30,

    /// <summary>The need names no language: full points.</summary>
    LanguageNotAsked = 31,

    /// <summary>The offering works in none of the languages the need prefers.</summary>
    LanguageNotMatched = 32,

    /// <summary>The offering does not say its languages: half points.</summary>
    LanguageNotStated = 33,

    /// <summary>The offering's period covers the whole period the need is wanted in.</summary>
    PeriodCovered = 40,

    /// <summary>The offering's period covers part of it; points in proportion.</summary>
    PeriodPartlyCovered = 41,

    /// <summary>The need names no period: full points.</summary>
    PeriodNotAsked = 42,

    /// <summary>Provider and recipient are both developing countries.</summary>
    SouthSouth = 50,

    /// <summary>Not South-South cooperation.</summary>
    NotSouthSouth = 51,

    /// <summary>The need asks for gender responsiveness and gender equality is a principal objective of the offering.</summary>
    GenderPrincipal = 60,

    /// <summary>The need asks for gender responsiveness and gender equality is a significant objective of the offering.</summary>
    GenderSignificant = 61,

    /// <summary>The need asks for gender responsiveness and the offering does not target it (or does not say).</summary>
    GenderNotTargeted = 62,

    /// <summary>The need does not ask for gender responsiveness: the component is left out of the score.</summary>
    GenderNotAsked = 63,

    /// <summary>One point per year of experience in the area, up to the maximum.</summary>
    ExperienceYears = 70,

    /// <summary>The expert has declared no availability: taken as available, for the caller to confirm.</summary>
    AvailabilityNotStated = 80,
}
