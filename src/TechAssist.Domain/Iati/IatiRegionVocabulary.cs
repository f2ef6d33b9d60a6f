using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Iati;

/// <summary>The IATI RegionVocabulary codelist: who defines a recipient-region code.</summary>
[JsonConverter(typeof(StrictEnumConverter<IatiRegionVocabulary>))]
public enum IatiRegionVocabulary
{
    /// <summary>Code 1, OECD DAC regions (the default when a file names none).</summary>
    OecdDac = 1,

    /// <summary>Code 2, UN M49 areas.</summary>
    UnM49 = 2,

    /// <summary>Code 99, the reporting organisation's own regions: the library cannot map them to States.</summary>
    ReportingOrganisation = 99,
}
