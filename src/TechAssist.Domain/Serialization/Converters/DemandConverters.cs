using TechAssist.Checklists;
using TechAssist.Needs;
using TechAssist.Reports;

namespace TechAssist.Serialization.Converters;

/// <summary>A checklist id as its text.</summary>
internal sealed class ChecklistIdJsonConverter : StringValueConverter<ChecklistId>
{
    protected override string Expected => "a checklist id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out ChecklistId value) => ChecklistId.TryFrom(text, out value);

    protected override string Format(ChecklistId value) => value.Value;
}

/// <summary>An obstacle code as its text.</summary>
internal sealed class ObstacleCodeJsonConverter : StringValueConverter<ObstacleCode>
{
    protected override string Expected => "an obstacle code: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out ObstacleCode value) => ObstacleCode.TryFrom(text, out value);

    protected override string Format(ObstacleCode value) => value.Value;
}

/// <summary>A report id as its text.</summary>
internal sealed class ReportIdJsonConverter : StringValueConverter<ReportId>
{
    protected override string Pattern => @"^\S{1,60}$";

    protected override string Expected => "a report id: 1 to 60 characters without white space";

    protected override bool TryParse(string text, out ReportId value) => ReportId.TryFrom(text, out value);

    protected override string Format(ReportId value) => value.Value;
}

/// <summary>A need id as its text.</summary>
internal sealed class NeedIdJsonConverter : StringValueConverter<NeedId>
{
    protected override string Expected => "a need id: 1 to 100 characters without white space";

    protected override bool TryParse(string text, out NeedId value) => NeedId.TryFrom(text, out value);

    protected override string Format(NeedId value) => value.Value;
}
