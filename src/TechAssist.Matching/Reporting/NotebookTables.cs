using System.Globalization;
using System.Net;
using System.Text;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Scoring;

namespace TechAssist.Matching.Reporting;

/// <summary>
/// Small HTML tables of the matrix, matches and explanations, for notebooks: the package's interactive extension
/// registers them as formatters, so the library itself never depends on .NET Interactive.
/// </summary>
/// <remarks>Every text from the data is HTML-encoded. The output holds no script and no link.</remarks>
public static class NotebookTables
{
    /// <summary>The matrix as a table: rows by columns, each cell "served/needs" with its status in its title.</summary>
    public static string Matrix(NeedsSupplyMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var html = new StringBuilder("<table><thead><tr><th scope=\"col\"></th>");
        foreach (var column in matrix.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in matrix.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(row)).Append("</th>");
            var cells = matrix.Row(row).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var column in matrix.Columns)
            {
                if (!cells.TryGetValue(column, out var here))
                {
                    html.Append("<td></td>");
                    continue;
                }

                var needs = here.Sum(c => c.Needs);
                var served = here.Sum(c => c.Served);
                var status = string.Join(", ", here.Select(c => c.Status).Distinct().Order());
                html.Append("<td title=\"").Append(Encode(status)).Append("\">")
                    .Append(served.ToString(CultureInfo.InvariantCulture)).Append('/').Append(needs.ToString(CultureInfo.InvariantCulture))
                    .Append(here.Any(c => c.Status == CellStatus.Duplicated) ? " &#9888;" : string.Empty)
                    .Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>Matches as a table: need, State, provision, type, offering, provider, score.</summary>
    public static string Matches(IEnumerable<Match> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var html = new StringBuilder("<table><thead><tr><th>Need</th><th>State</th><th>Provision</th><th>Type</th><th>Offering</th><th>Provider</th><th>Score</th></tr></thead><tbody>");
        foreach (var match in matches)
        {
            html.Append("<tr><td>").Append(Encode(match.Need.Value)).Append("</td><td>").Append(Encode(match.State.Value))
                .Append("</td><td>").Append(Encode(match.Provision.Code)).Append("</td><td>").Append(Encode(match.AssistanceType.ToString()))
                .Append("</td><td>").Append(Encode(match.Offering.Value)).Append("</td><td>").Append(Encode(match.Provider.Value))
                .Append("</td><td>").Append(match.Score.ToString(CultureInfo.InvariantCulture)).Append('/').Append(match.Explanation.Maximum.ToString(CultureInfo.InvariantCulture))
                .Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>An explanation as a table: component, points, maximum, reason.</summary>
    public static string Explanation(MatchExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var html = new StringBuilder("<table><thead><tr><th>Component</th><th>Points</th><th>Maximum</th><th>Reason</th></tr></thead><tbody>");
        foreach (var component in explanation.Components)
        {
            html.Append("<tr><td>").Append(Encode(component.Kind.ToString())).Append("</td><td>").Append(component.Points.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(component.Maximum.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(Encode(component.Reason.ToString())).Append("</td></tr>");
        }

        return html.Append("<tr><th>Total</th><th>").Append(explanation.Total.ToString(CultureInfo.InvariantCulture))
            .Append("</th><th>").Append(explanation.Maximum.ToString(CultureInfo.InvariantCulture)).Append("</th><th></th></tr></tbody></table>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
