using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Supply;

/// <summary>How an offering delivers its assistance.</summary>
[JsonConverter(typeof(StrictEnumConverter<Modality>))]
public enum Modality
{
    /// <summary>An expert works in the recipient country.</summary>
    InCountryExpert = 1,

    /// <summary>A workshop for several States of a region.</summary>
    RegionalWorkshop = 2,

    /// <summary>Advice given at a distance.</summary>
    RemoteAdvice = 3,

    /// <summary>National experts of two or more States visit one another.</summary>
    ExchangeOfNationalExperts = 4,

    /// <summary>Money for the recipient's own activities.</summary>
    Funding = 5,

    /// <summary>Equipment, software, databases and other tools.</summary>
    ToolsAndTechnology = 6,
}
