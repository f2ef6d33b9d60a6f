using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Assistance;

/// <summary>
/// The types of technical assistance a State can ask for in the self-assessment checklist, and that providers offer.
/// </summary>
/// <remarks>
/// The working list of the checklist's categories (reference table ta-types.csv). Its exact official wording was not
/// verified: <see cref="AssistanceTypeCatalogue"/> carries the names and descriptions as the reference data gives them.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<AssistanceType>))]
public enum AssistanceType
{
    /// <summary>Expert opinion on how domestic law and practice meet a provision (LEGAL_ADVICE).</summary>
    LegalAdvice = 1,

    /// <summary>Help writing or amending bills and regulations (LEGISLATIVE_DRAFTING).</summary>
    LegislativeDrafting = 2,

    /// <summary>Template laws or model clauses (MODEL_LEGISLATION).</summary>
    ModelLegislation = 3,

    /// <summary>Template treaties and arrangements: extradition, mutual legal assistance, asset sharing (MODEL_AGREEMENTS).</summary>
    ModelAgreements = 4,

    /// <summary>Compiled experience of other States: good practices and lessons learned (GOOD_PRACTICES).</summary>
    GoodPractices = 5,

    /// <summary>Support designing a sequenced national plan to reach compliance (ACTION_PLAN).</summary>
    ActionPlan = 6,

    /// <summary>A specialist deployed in the requesting country (ONSITE_EXPERT).</summary>
    OnSiteExpert = 7,

    /// <summary>Training and institutional strengthening (CAPACITY_BUILDING).</summary>
    CapacityBuilding = 8,

    /// <summary>Equipment, databases, software and other computer-assisted tools (TECHNOLOGY).</summary>
    Technology = 9,

    /// <summary>Any other form of help the respondent specifies (OTHER).</summary>
    Other = 10,
}
