using TechAssist.Matching.Matrix;

namespace TechAssist.Matching.Reporting;

/// <summary>Coordination alerts: needs served by two providers at overlapping times.</summary>
internal static class AlertsSection
{
    internal static void Write(HtmlWriter html, ReportData data)
    {
        var cells = data.Matrix.Cells.Where(c => c.Status == CellStatus.Duplicated).ToList();
        html.Open("section", ("id", "alerts"));
        html.Element("h2", "Coordination alerts");
        html.Line();
        html.Element("p", $"⚠ {HtmlWriter.Number(cells.Sum(c => c.DuplicatedNeeds.Count))} needs in {HtmlWriter.Number(cells.Count)} cells are served by two providers at overlapping times.");
        html.Line();
        if (cells.Count > 0)
        {
            html.Open("table");
            html.Open("thead");
            html.Open("tr");
            foreach (var header in new[] { "Row", "Column", "Needs served twice", "Providers in the cell" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr");
            html.Close("thead");
            html.Line();
            html.Open("tbody");
            html.Line();
            foreach (var cell in cells)
            {
                html.Open("tr");
                html.Element("th", cell.Row, ("scope", "row"));
                html.Element("td", HeatmapSection.ColumnLabel(cell.Column, data.Matrix.Options.Columns));
                html.Element("td", "⚠ " + string.Join(", ", cell.DuplicatedNeeds));
                html.Element("td", string.Join(", ", cell.Providers.Select(data.ProviderName)));
                html.Close("tr");
                html.Line();
            }

            html.Close("tbody");
            html.Close("table");
            html.Line();
        }

        html.Close("section");
        html.Line();
    }
}
