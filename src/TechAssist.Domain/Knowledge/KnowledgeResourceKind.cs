using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Knowledge;

/// <summary>What a knowledge resource is.</summary>
[JsonConverter(typeof(StrictEnumConverter<KnowledgeResourceKind>))]
public enum KnowledgeResourceKind
{
    /// <summary>A model law or model provisions.</summary>
    ModelLegislation = 1,

    /// <summary>A model treaty or arrangement (extradition, mutual legal assistance, asset sharing).</summary>
    ModelAgreement = 2,

    /// <summary>A guide, handbook or manual.</summary>
    Guide = 3,

    /// <summary>A summary of good practices and lessons learned.</summary>
    GoodPracticeSummary = 4,

    /// <summary>A case (an asset recovery case, a prosecution, a reform).</summary>
    Case = 5,
}
