using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Supply;

/// <summary>What kind of body a provider of technical assistance is.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProviderKind>))]
public enum ProviderKind
{
    /// <summary>A State giving assistance, through its ministries or agencies.</summary>
    DonorState = 1,

    /// <summary>An entity of the United Nations system (UNODC, UNDP...).</summary>
    UnEntity = 2,

    /// <summary>An intergovernmental organization outside the UN system (OECD, Council of Europe...).</summary>
    OtherIntergovernmental = 3,

    /// <summary>A multilateral or regional development bank.</summary>
    DevelopmentBank = 4,

    /// <summary>A non-governmental organization, foundation, university or research body.</summary>
    CivilSocietyOrAcademic = 5,
}
