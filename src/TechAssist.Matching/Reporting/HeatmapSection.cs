using TechAssist.Matching.Matrix;

namespace TechAssist.Matching.Reporting;

/// <summary>The needs-supply matrix as a table coloured by coverage, with a legend.</summary>
internal static class HeatmapSection
{
    internal static void Write(HtmlWriter html, ReportData data)
    {
        var matrix = data.Matrix;
        html.Open("section", ("id", "matrix"));
        html.Element("h2", "Needs and supply matrix");
        html.Line();
        html.Element("p", $"{RowsLabel(matrix.Options.Rows)} by {ColumnsLabel(matrix.Options.Columns)}. Each cell shows the needs served out of the needs stated; colour shows coverage and the symbol says the status.");
        html.Line();
        WriteLegend(html);
        if (matrix.Cells.IsEmpty)
        {
            html.Element("p", "No needs or offerings to show.");
            html.Close("section");
            html.Line();
            return;
        }

        var cells = matrix.Cells.ToDictionary(c => (c.Row, c.Column));
        html.Open("div", ("class", "scroll"));
        html.Open("table", ("class", "heatmap"));
        html.Element("caption", $"Needs served of needs stated, {RowsLabel(matrix.Options.Rows)} by {ColumnsLabel(matrix.Options.Columns)}");
        html.Line();
        html.Open("thead");
        html.Open("tr");
        html.Element("th", RowsLabel(matrix.Options.Rows), ("scope", "col"));
        foreach (var column in matrix.Columns)
        {
            html.Element("th", ColumnLabel(column, matrix.Options.Columns), ("scope", "col"));
        }

        html.Close("tr");
        html.Close("thead");
        html.Line();
        html.Open("tbody");
        html.Line();
        foreach (var row in matrix.Rows)
        {
            html.Open("tr");
            html.Element("th", row, ("scope", "row"));
            foreach (var column in matrix.Columns)
            {
                if (cells.TryGetValue((row, column), out var cell))
                {
                    WriteCell(html, cell, ColumnLabel(column, matrix.Options.Columns));
                }
                else
                {
                    html.Element("td", "–", ("class", "empty"), ("title", $"{row}, {ColumnLabel(column, matrix.Options.Columns)}: nothing to show"));
                }
            }

            html.Close("tr");
            html.Line();
        }

        html.Close("tbody");
        html.Close("table");
        html.Close("div");
        html.Line();
        html.Close("section");
        html.Line();
    }

    internal static string ColumnLabel(string column, MatrixColumns columns) => columns switch
    {
        MatrixColumns.Article => "Art. " + column,
        MatrixColumns.Chapter => "Ch. " + column,
        _ => column,
    };

    private static void WriteCell(HtmlWriter html, MatrixCell cell, string columnLabel)
    {
        var counts = $"{HtmlWriter.Number(cell.Served)}/{HtmlWriter.Number(cell.Needs)}";
        var title = cell.Needs == 0
            ? $"{cell.Row}, {columnLabel}: no needs stated, {HtmlWriter.Count(cell.Offerings, "offering")} with capacity ({CellLook.Label(cell.Status)})"
            : $"{cell.Row}, {columnLabel}: {HtmlWriter.Number(cell.Served)} of {HtmlWriter.Count(cell.Needs, "need")} served ({HtmlWriter.Percent(cell.Served, cell.Needs)}), {HtmlWriter.Count(cell.Offerings, "offering")}, {HtmlWriter.Number(cell.SpareOfferings)} with spare capacity ({CellLook.Label(cell.Status)})";
        html.Open(
            "td",
            ("class", CellLook.CssClass(cell)),
            ("data-status", cell.Status.ToString()),
            ("data-needs", HtmlWriter.Number(cell.Needs)),
            ("data-served", HtmlWriter.Number(cell.Served)),
            ("title", title));
        html.Text($"{CellLook.Symbol(cell.Status)} {counts}");
        if (cell.Status == CellStatus.Duplicated)
        {
            html.Void("br");
            html.Text("duplicate");
        }
        else if (cell.Status == CellStatus.Oversupplied)
        {
            html.Void("br");
            html.Text("oversupply");
        }

        html.Close("td");
    }

    private static void WriteLegend(HtmlWriter html)
    {
        html.Open("table", ("class", "legend"));
        html.Element("caption", "Legend");
        html.Line();
        html.Open("thead");
        html.Open("tr");
        html.Element("th", "Cell", ("scope", "col"));
        html.Element("th", "Meaning", ("scope", "col"));
        html.Close("tr");
        html.Close("thead");
        html.Line();
        html.Open("tbody");
        html.Line();
        Entry(html, "c0", "✗ 0/n", "Unmet: no need served");
        Entry(html, "c1", "◐ s/n", "Partially met: fewer than half the needs served");
        Entry(html, "c2", "◐ s/n", "Partially met: half or more served");
        Entry(html, "c3", "✓ n/n", "Met: every need served");
        Entry(html, "c3 dup", "⚠ s/n duplicate", "Duplicated: a need served by two providers at overlapping times (coordination alert)");
        Entry(html, "c3", "+ n/n oversupply", "Oversupplied: far more offerings with spare capacity than needs");
        Entry(html, "supply", "+ 0/0 oversupply", "Offerings aimed here, but no needs stated");
        Entry(html, "empty", "–", "Nothing to show for this report");
        html.Close("tbody");
        html.Close("table");
        html.Line();
    }

    private static void Entry(HtmlWriter html, string cssClass, string sample, string meaning)
    {
        html.Open("tr");
        html.Element("td", sample, ("class", cssClass));
        html.Element("td", meaning);
        html.Close("tr");
        html.Line();
    }

    private static string RowsLabel(MatrixRows rows) => rows switch
    {
        MatrixRows.State => "States",
        MatrixRows.RegionalGroup => "Regional groups",
        _ => "Global",
    };

    private static string ColumnsLabel(MatrixColumns columns) => columns switch
    {
        MatrixColumns.Article => "articles",
        MatrixColumns.Chapter => "chapters",
        _ => "thematic areas",
    };
}
