using TechAssist.Assistance;

namespace TechAssist.Matching.Reporting;

/// <summary>The open needs the allocation left unserved, most urgent first, with the reason.</summary>
internal static class UnmetNeedsSection
{
    internal static void Write(HtmlWriter html, ReportData data)
    {
        var unmet = data.Result.Unassigned
            .Where(u => data.Needs.ContainsKey(u.Need))
            .Select(u => (Unassigned: u, Need: data.Needs[u.Need]))
            .OrderBy(x => x.Need.Priority == Needs.NeedPriority.Unstated ? int.MaxValue : (int)x.Need.Priority)
            .ThenBy(x => x.Need.State)
            .ThenBy(x => x.Need.Id)
            .ToList();

        html.Open("section", ("id", "unmet"));
        html.Element("h2", "Top unmet needs");
        html.Line();
        var shown = unmet.Take(data.Options.TopUnmetNeeds).ToList();
        html.Element("p", $"{HtmlWriter.Number(unmet.Count)} open needs are unserved; the {HtmlWriter.Number(shown.Count)} most urgent are listed (high priority first).");
        html.Line();
        if (shown.Count > 0)
        {
            html.Open("table");
            html.Open("thead");
            html.Open("tr");
            foreach (var header in new[] { "Need", "State", "Provision", "Assistance", "Priority", "Why unserved", "Offerings found" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr");
            html.Close("thead");
            html.Line();
            html.Open("tbody");
            html.Line();
            foreach (var (unassigned, need) in shown)
            {
                html.Open("tr", ("data-need", need.Id.ToString()));
                html.Element("th", need.Id.ToString(), ("scope", "row"));
                html.Element("td", need.State.ToString());
                html.Element("td", need.Provision.ToString());
                html.Element("td", AssistanceTypeCatalogue.Get(need.AssistanceType).Name);
                html.Element("td", need.Priority.ToString());
                html.Element("td", Reason(unassigned));
                html.Element("td", HtmlWriter.Number(unassigned.OfferingsFound), ("class", "num"));
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

    internal static string Reason(UnassignedNeed unassigned)
    {
        var reason = unassigned.Reason switch
        {
            UnassignedReason.NoOfferingFound => "No offering covers it",
            UnassignedReason.NoEligibleOffering => "No offering it is eligible for",
            UnassignedReason.BelowMinimumScore => "Offerings score below the minimum",
            UnassignedReason.CapacityTaken => "Suitable offerings are full",
            _ => "Not selected by the allocation",
        };
        return unassigned.Filtered.IsEmpty ? reason : $"{reason} (removed: {string.Join(", ", unassigned.Filtered.Select(f => $"{f.Filter} {HtmlWriter.Number(f.Removed)}"))})";
    }
}
