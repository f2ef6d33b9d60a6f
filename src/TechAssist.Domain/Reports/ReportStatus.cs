using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Reports;

/// <summary>Where a self-assessment report stands.</summary>
[JsonConverter(typeof(StrictEnumConverter<ReportStatus>))]
public enum ReportStatus
{
    /// <summary>Being written; not counted in reviews and not a source of needs.</summary>
    Draft = 1,

    /// <summary>Submitted to the secretariat; counted in reviews.</summary>
    Submitted = 2,

    /// <summary>Submitted and finalized (after the secretariat's questions, or a country visit); counted in reviews.</summary>
    Final = 3,
}
