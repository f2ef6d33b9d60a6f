using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Supply;

/// <summary>
/// The significance of an OECD DAC policy marker, with the codes and names of the IATI PolicySignificance codelist;
/// the library uses it for the gender-equality marker (IATI policy-marker code 1, "Gender Equality").
/// </summary>
/// <remarks>
/// Codes 3 and 4 exist in the codelist for other markers: 3 is for desertification-related aid only, 4 ("explicit
/// primary objective") for other markers; a gender-equality marker normally carries 0, 1 or 2.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<PolicySignificance>))]
public enum PolicySignificance
{
    /// <summary>Code 0, "not targeted": the activity was examined but found not to target the policy objective.</summary>
    NotTargeted = 0,

    /// <summary>Code 1, "significant objective": important, but not the prime motivation for the activity.</summary>
    SignificantObjective = 1,

    /// <summary>Code 2, "principal objective": fundamental in the design and impact of the activity, an explicit objective.</summary>
    PrincipalObjective = 2,

    /// <summary>Code 3, "principal objective AND in support of an action programme": for desertification-related aid only.</summary>
    PrincipalObjectiveAndInSupportOfAnActionProgramme = 3,

    /// <summary>Code 4, "Explicit primary objective".</summary>
    ExplicitPrimaryObjective = 4,
}
