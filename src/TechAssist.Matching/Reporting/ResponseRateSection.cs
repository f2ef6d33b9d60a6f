using TechAssist.States;

namespace TechAssist.Matching.Reporting;

/// <summary>
/// The share of States parties per regional group that stated needs, as an inline SVG bar chart.
/// </summary>
/// <remarks>Counts only the needs the viewer may see, so a State known only by a confidential need is not counted.</remarks>
internal static class ResponseRateSection
{
    private const int LabelWidth = 230;
    private const int BarWidth = 300;
    private const int RowHeight = 26;

    internal static void Write(HtmlWriter html, ReportData data)
    {
        var input = data.Input;
        var parties = input.Statuses.StatesPartiesOn(input.AsOf).ToHashSet();
        var reporting = data.VisibleNeeds.Select(n => n.State).Where(parties.Contains).ToHashSet();
        var rows = Enum.GetValues<RegionalGroup>()
            .Select(group => (
                Group: group,
                Parties: parties.Count(p => input.Groups.GroupOf(p) == group),
                Reporting: reporting.Count(s => input.Groups.GroupOf(s) == group)))
            .ToList();

        html.Open("section", ("id", "response-rates"));
        html.Element("h2", "Response rates per regional group");
        html.Line();
        html.Element("p", $"The share of States parties on {input.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} that stated needs shown in this report, per regional group.");
        html.Line();
        var height = (rows.Count * RowHeight) + 10;
        var width = LabelWidth + BarWidth + 130;
        html.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", HtmlWriter.Number(width)),
            ("height", HtmlWriter.Number(height)),
            ("viewBox", $"0 0 {HtmlWriter.Number(width)} {HtmlWriter.Number(height)}"),
            ("role", "img"),
            ("aria-labelledby", "response-rates-title"));
        html.Element("title", "States parties that stated needs, per regional group", ("id", "response-rates-title"));
        html.Line();
        for (var i = 0; i < rows.Count; i++)
        {
            var (group, groupParties, groupReporting) = rows[i];
            var y = 5 + (i * RowHeight);
            var bar = groupParties == 0 ? 0 : (int)Math.Round((double)BarWidth * groupReporting / groupParties, MidpointRounding.AwayFromZero);
            var text = $"{HtmlWriter.Number(groupReporting)} of {HtmlWriter.Number(groupParties)} ({HtmlWriter.Percent(groupReporting, groupParties)})";
            html.Open("g");
            html.Element("title", $"{group}: {text}");
            html.Element("text", group.ToString(), ("x", "0"), ("y", HtmlWriter.Number(y + 16)));
            html.Void("rect", ("x", HtmlWriter.Number(LabelWidth)), ("y", HtmlWriter.Number(y)), ("width", HtmlWriter.Number(BarWidth)), ("height", "20"), ("fill", "#eeeeee"), ("stroke", "#888888"));
            html.Void("rect", ("x", HtmlWriter.Number(LabelWidth)), ("y", HtmlWriter.Number(y)), ("width", HtmlWriter.Number(bar)), ("height", "20"), ("fill", "#4a7ab5"));
            html.Element("text", text, ("x", HtmlWriter.Number(LabelWidth + BarWidth + 8)), ("y", HtmlWriter.Number(y + 16)));
            html.Close("g");
            html.Line();
        }

        html.Close("svg");
        html.Line();
        html.Close("section");
        html.Line();
    }
}
