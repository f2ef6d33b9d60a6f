using System.Globalization;
using TechAssist.Consent;

namespace TechAssist.Matching.Reporting;

/// <summary>
/// The matching picture as one self-contained HTML page: the needs-supply heatmap, response rates, top unmet
/// needs, coordination alerts, levels of delivery and a section per State.
/// </summary>
/// <remarks>
/// The page loads nothing from the network (inline CSS and SVG), prints, and reads without colour (every coloured
/// cell carries a symbol, its counts and a title). It is XHTML-compatible (quoted attributes, self-closed void
/// elements, only numeric character references), so an XML parser can read it. Everything is computed for
/// <see cref="HtmlReportOptions.Viewer"/>: a need the viewer may not see is left out everywhere, not even counted.
/// Every text from data is HTML-encoded. The output is deterministic: the same input gives the same bytes.
/// Thread-safe as far as the engine is.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Renders the report as a string.</summary>
    /// <param name="engine">The engine that produced <paramref name="result"/>.</param>
    /// <param name="result">A result of <paramref name="engine"/>; it is filtered for the viewer here.</param>
    /// <param name="options">Who the report is for and what it shows.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HtmlReportOptions.TopUnmetNeeds"/> is negative.</exception>
    public static string Render(MatchingEngine engine, MatchingResult result, HtmlReportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(engine, result, options, writer);
        return writer.ToString();
    }

    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    /// <param name="engine">The engine that produced <paramref name="result"/>.</param>
    /// <param name="result">A result of <paramref name="engine"/>; it is filtered for the viewer here.</param>
    /// <param name="options">Who the report is for and what it shows.</param>
    /// <param name="writer">Where the page goes; declare it UTF-8 when it is a file (the page says charset utf-8).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HtmlReportOptions.TopUnmetNeeds"/> is negative.</exception>
    public static void Render(MatchingEngine engine, MatchingResult result, HtmlReportOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(options.TopUnmetNeeds, nameof(options));

        var data = new ReportData(engine, result, options);
        var html = new HtmlWriter(writer);
        html.Raw("<!DOCTYPE html>\n");
        html.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en"));
        html.Line();
        html.Open("head");
        html.Line();
        html.Void("meta", ("charset", "utf-8"));
        html.Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Line();
        html.Element("title", options.Title);
        html.Line();
        html.Open("style");
        html.Line();
        html.Raw(ReportStyles.Css);
        html.Line();
        html.Close("style");
        html.Line();
        html.Close("head");
        html.Line();
        html.Open("body");
        html.Line();
        WriteHeader(html, data);
        html.Open("main");
        html.Line();
        HeatmapSection.Write(html, data);
        ResponseRateSection.Write(html, data);
        UnmetNeedsSection.Write(html, data);
        AlertsSection.Write(html, data);
        LevelsSection.Write(html, data);
        StateSections.Write(html, data);
        html.Close("main");
        html.Line();
        html.Close("body");
        html.Line();
        html.Close("html");
        html.Line();
    }

    private static void WriteHeader(HtmlWriter html, ReportData data)
    {
        var options = data.Options;
        html.Open("header");
        html.Line();
        html.Element("h1", options.Title);
        html.Line();
        if (options.IllustrativeLabel is { } illustrative)
        {
            html.Element("p", "⚠ " + illustrative, ("class", "illustrative"), ("role", "note"));
            html.Line();
        }

        html.Element("p", "Prepared for: " + ViewerLabel(options.Viewer), ("class", "meta"));
        html.Line();
        if (options.AsOfLabel is { } asOf)
        {
            html.Element("p", asOf, ("class", "meta"));
            html.Line();
        }

        var result = data.Result;
        html.Element("p", $"{HtmlWriter.Number(result.Matches.Count)} needs matched, {HtmlWriter.Number(result.Unassigned.Count)} open needs unserved ({result.Strategy} allocation{(result.IsApproximate ? ", approximate" : string.Empty)}).", ("class", "meta"));
        html.Line();
        html.Open("nav", ("aria-label", "Contents"));
        html.Open("ol");
        foreach (var (id, text) in new[]
        {
            ("matrix", "Needs and supply matrix"),
            ("response-rates", "Response rates per regional group"),
            ("unmet", "Top unmet needs"),
            ("alerts", "Coordination alerts"),
            ("levels", "Recommended levels of delivery"),
            ("states", "Needs by State"),
        })
        {
            html.Open("li");
            html.Element("a", text, ("href", "#" + id));
            html.Close("li");
        }

        html.Close("ol");
        html.Close("nav");
        html.Line();
        html.Close("header");
        html.Line();
    }

    private static string ViewerLabel(Viewer viewer) => viewer.Kind switch
    {
        ViewerKind.Secretariat => "the secretariat (all needs)",
        ViewerKind.Provider => $"provider {viewer.Provider} (needs shared with this provider or public)",
        ViewerKind.State => $"State {viewer.State} (its own needs and public needs)",
        _ => "the public (public needs only)",
    };
}
