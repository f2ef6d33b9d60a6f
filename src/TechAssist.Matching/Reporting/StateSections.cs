using TechAssist.Assistance;
using TechAssist.Needs;

namespace TechAssist.Matching.Reporting;

/// <summary>One sub-section per State with needs the viewer may see: each need and who serves it.</summary>
internal static class StateSections
{
    internal static void Write(HtmlWriter html, ReportData data)
    {
        html.Open("section", ("id", "states"));
        html.Element("h2", "Needs by State");
        html.Line();
        var states = data.VisibleNeeds.GroupBy(n => n.State).ToList();
        if (states.Count == 0)
        {
            html.Element("p", "No needs to show.");
            html.Line();
        }

        foreach (var state in states)
        {
            html.Open("section", ("id", "state-" + state.Key), ("data-state", state.Key.ToString()));
            html.Element("h3", $"{state.Key} ({HtmlWriter.Count(state.Count(), "need")})");
            html.Line();
            html.Open("table");
            html.Open("thead");
            html.Open("tr");
            foreach (var header in new[] { "Need", "Provision", "Assistance", "Priority", "Status", "Served by" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr");
            html.Close("thead");
            html.Line();
            html.Open("tbody");
            html.Line();
            foreach (var need in state)
            {
                html.Open("tr", ("data-need", need.Id.ToString()));
                html.Element("th", need.Id.ToString(), ("scope", "row"));
                html.Element("td", need.Provision.ToString());
                html.Element("td", AssistanceTypeCatalogue.Get(need.AssistanceType).Name);
                html.Element("td", need.Priority.ToString());
                html.Element("td", need.Status.ToString());
                html.Element("td", ServedBy(data, need));
                html.Close("tr");
                html.Line();
            }

            html.Close("tbody");
            html.Close("table");
            html.Line();
            html.Close("section");
            html.Line();
        }

        html.Close("section");
        html.Line();
    }

    private static string ServedBy(ReportData data, Need need)
    {
        var servers = need.Deliveries
            .Where(d => d is not null)
            .Select(d => data.ProviderName(d.Provider) + " (recorded delivery)")
            .ToList();
        if (data.MatchOf.TryGetValue(need.Id, out var match))
        {
            servers.Add($"{data.OfferingTitle(match.Offering)} of {data.ProviderName(match.Provider)} (matched, score {HtmlWriter.Number(match.Score)})");
        }

        if (servers.Count > 0)
        {
            return string.Join("; ", servers);
        }

        return data.UnassignedOf.TryGetValue(need.Id, out var unassigned) ? "✗ " + UnmetNeedsSection.Reason(unassigned) : "–";
    }
}
