using System.Xml.Linq;
using TechAssist.Consent;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Tests.Testing;

namespace TechAssist.Matching.Tests.Reporting;

/// <summary>Renders the hand-built case and reads the page back as XML.</summary>
internal static class ReportFixture
{
    internal static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    internal static string Render(Viewer viewer, MatchingInput? input = null, HtmlReportOptions? options = null)
    {
        var engine = MatchingEngine.Create(input ?? HandBuiltCase.Input).GetValueOrThrow();
        return HtmlReport.Render(engine, engine.Run(), options ?? new HtmlReportOptions { Viewer = viewer });
    }

    internal static XDocument Parse(string html) => XDocument.Parse(html);

    internal static IEnumerable<XElement> All(this XDocument page, string tag) => page.Descendants(Xhtml + tag);

    internal static IEnumerable<XElement> MatrixCells(this XDocument page) =>
        page.All("td").Where(td => td.Attribute("data-status") is not null);
}
