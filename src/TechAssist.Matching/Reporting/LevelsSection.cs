using TechAssist.Assistance;
using TechAssist.Matching.Levels;

namespace TechAssist.Matching.Reporting;

/// <summary>The recommended level of delivery (national, regional, global) for each shared kind of need.</summary>
internal static class LevelsSection
{
    internal static void Write(HtmlWriter html, ReportData data)
    {
        // National recommendations are the default and the bulk; the table lists the ones that change the plan.
        var levels = data.Levels
            .Where(l => l.Level != DeliveryLevel.National)
            .OrderByDescending(l => l.Level)
            .ThenByDescending(l => l.SharedByStates)
            .ThenBy(l => l.Provision)
            .ThenBy(l => l.AssistanceType)
            .ThenBy(l => l.Group)
            .ToList();
        html.Open("section", ("id", "levels"));
        html.Element("h2", "Recommended levels of delivery");
        html.Line();
        html.Element("p", string.Join(", ", data.Levels.GroupBy(l => l.Level).OrderByDescending(g => g.Key).Select(g => $"{HtmlWriter.Number(g.Count())} {g.Key}")) is { Length: > 0 } counts
            ? $"Recommendations: {counts}. A need many States share is better met once, regionally or globally; the regional and global ones are listed."
            : "No recommendations.");
        html.Line();
        if (levels.Count > 0)
        {
            html.Open("table");
            html.Open("thead");
            html.Open("tr");
            foreach (var header in new[] { "Provision", "Assistance", "Level", "Group", "States", "Why" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr");
            html.Close("thead");
            html.Line();
            html.Open("tbody");
            html.Line();
            foreach (var level in levels)
            {
                html.Open("tr");
                html.Element("th", level.Provision.ToString(), ("scope", "row"));
                html.Element("td", AssistanceTypeCatalogue.Get(level.AssistanceType).Name);
                html.Element("td", level.Level.ToString());
                html.Element("td", level.Group?.ToString() ?? "–");
                html.Element("td", string.Join(", ", level.States));
                html.Element("td", level.Reason);
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
