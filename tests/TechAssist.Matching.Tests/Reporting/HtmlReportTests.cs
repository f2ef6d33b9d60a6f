using System.Text.RegularExpressions;
using FluentAssertions;
using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Supply;
using Xunit;

namespace TechAssist.Matching.Tests.Reporting;

public sealed class HtmlReportTests
{
    [Theory]
    [InlineData(MatrixRows.RegionalGroup, MatrixColumns.Article)]
    [InlineData(MatrixRows.State, MatrixColumns.ThematicArea)]
    [InlineData(MatrixRows.State, MatrixColumns.Article)]
    public void Render_HandBuiltCase_HasOneStatusCellPerMatrixCell(MatrixRows rows, MatrixColumns columns)
    {
        var engine = HandBuiltCase.Engine();
        var result = engine.Run();
        var options = new HtmlReportOptions { Viewer = Viewer.Secretariat, Rows = rows, Columns = columns };
        var matrix = engine.BuildMatrix(result, new MatrixOptions { Rows = rows, Columns = columns, SplitByAssistanceType = false }, Viewer.Secretariat);

        var page = ReportFixture.Parse(HtmlReport.Render(engine, result, options));

        matrix.Cells.Count.Should().BeGreaterThan(1);
        page.MatrixCells().Should().HaveCount(matrix.Cells.Count);
        page.MatrixCells().Select(td => td.Attribute("data-status")!.Value)
            .Should().Equal(matrix.Cells.Select(c => c.Status.ToString()));
    }

    [Fact]
    public void Render_RegionalGroupsByArticle_ShowsTheHandComputedCells()
    {
        // African group, Art. 23: N1, N5, N6, N7 (KEN) are open; O1 (capacity 1) and O3 (capacity 5) serve them all.
        // Art. 16: N2 (NGA, legal advice) served by O2. Art. 5: N8 (KEN, action plan) has no offering.
        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat));

        var african = page.All("tr").Single(tr => tr.Elements(ReportFixture.Xhtml + "th").Any(th => th.Value == "African"));
        var cells = african.Elements(ReportFixture.Xhtml + "td").Where(td => td.Attribute("data-status") is not null).ToList();
        var byTitle = cells.ToDictionary(td => td.Attribute("title")!.Value.Split(':')[0]);

        byTitle["African, Art. 5"].Value.Should().Be("✗ 0/1");
        byTitle["African, Art. 5"].Attribute("data-status")!.Value.Should().Be("Unmet");
        byTitle["African, Art. 16"].Attribute("data-needs")!.Value.Should().Be("1");
        byTitle["African, Art. 23"].Attribute("data-needs")!.Value.Should().Be("4");
    }

    [Fact]
    public void Render_EveryColouredCell_HasATextLabelAndATitle()
    {
        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat));

        foreach (var cell in page.MatrixCells())
        {
            cell.Attribute("title")!.Value.Should().NotBeNullOrWhiteSpace();
            cell.Value.Should().MatchRegex(@"^[✗◐✓⚠+] \d+/\d+");
        }

        page.All("caption").Select(c => c.Value).Should().Contain("Legend");
    }

    [Fact]
    public void Render_Page_IsAccessibleAndSelfContained()
    {
        var html = ReportFixture.Render(Viewer.Secretariat);
        var page = ReportFixture.Parse(html);

        page.Root!.Attribute("lang")!.Value.Should().Be("en");
        page.All("th").Should().OnlyContain(th => th.Attribute("scope") != null && (th.Attribute("scope")!.Value == "col" || th.Attribute("scope")!.Value == "row"));
        var levels = page.Descendants().Where(e => Regex.IsMatch(e.Name.LocalName, "^h[1-6]$")).Select(e => e.Name.LocalName[1] - '0').ToList();
        levels[0].Should().Be(1);
        levels.Zip(levels.Skip(1)).Should().OnlyContain(pair => pair.Second <= pair.First + 1, "headings go down one level at a time");
        page.All("script").Should().BeEmpty();
        page.All("link").Should().BeEmpty();
        page.All("img").Should().BeEmpty();
        html.Should().Contain("@media print");

        var references = Regex.Matches(html, "https?://[^\"'\\s)]*").Select(m => m.Value).Distinct();
        references.Should().BeEquivalentTo(["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"]);
    }

    [Fact]
    public void Render_ResponseRates_AreABarChartOfPartiesWithNeeds()
    {
        // Parties KEN, NGA (African) and DEU (Western European); BRA has needs but is no party.
        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat));
        XNamespaceSvg(page, out var svg);

        var bars = svg.Descendants().Where(e => e.Name.LocalName == "g").Select(g => g.Elements().First().Value).ToList();

        bars.Should().Equal(
            "African: 2 of 2 (100%)",
            "AsiaPacific: 0 of 0 (0%)",
            "EasternEuropean: 0 of 0 (0%)",
            "LatinAmericanAndCaribbean: 0 of 0 (0%)",
            "WesternEuropeanAndOthers: 1 of 1 (100%)");
    }

    [Fact]
    public void Render_DataText_IsHtmlEncoded()
    {
        var input = HandBuiltCase.Input with
        {
            Providers = [.. HandBuiltCase.Input.Providers.Select(p => p.Id == ProviderId.From("P-NOR") ? p with { Name = "Norway <script>alert('p')</script> & co" } : p)],
            Offerings = [.. HandBuiltCase.Input.Offerings.Select(o => o with { Title = "<script>alert(\"o\")</script>" })],
        };

        var html = ReportFixture.Render(Viewer.Secretariat, input);

        html.Should().NotContain("<script");
        html.Should().Contain("&lt;script&gt;alert(&quot;o&quot;)&lt;/script&gt;");
        html.Should().Contain("Norway &lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt; &amp; co");
        ReportFixture.Parse(html).All("script").Should().BeEmpty();
    }

    [Fact]
    public void Render_OptionsText_IsHtmlEncoded()
    {
        var html = ReportFixture.Render(Viewer.Secretariat, options: new HtmlReportOptions
        {
            Viewer = Viewer.Secretariat,
            Title = "Needs <b>& supply</b>",
            AsOfLabel = "as of <2009>",
            IllustrativeLabel = "Illustrative <i>data</i>",
        });

        html.Should().Contain("<title>Needs &lt;b&gt;&amp; supply&lt;/b&gt;</title>");
        html.Should().Contain("as of &lt;2009&gt;");
        html.Should().Contain("⚠ Illustrative &lt;i&gt;data&lt;/i&gt;");
    }

    [Fact]
    public void Render_SameInputInAnyOrder_GivesTheSameBytes()
    {
        var input = HandBuiltCase.Input;
        var reversed = input with
        {
            Needs = [.. input.Needs.Reverse()],
            Offerings = [.. input.Offerings.Reverse()],
            Providers = [.. input.Providers.Reverse()],
        };

        var first = ReportFixture.Render(Viewer.Secretariat, input);

        ReportFixture.Render(Viewer.Secretariat, input).Should().Be(first);
        ReportFixture.Render(Viewer.Secretariat, reversed).Should().Be(first);
        first.Should().NotContain("\r");
    }

    [Fact]
    public void Render_TopUnmetNeeds_ListsAtMostTheAskedNumber()
    {
        var none = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat, options: new HtmlReportOptions { Viewer = Viewer.Secretariat, TopUnmetNeeds = 0 }));
        var unmet = none.All("section").Single(s => s.Attribute("id")?.Value == "unmet");

        unmet.Descendants(ReportFixture.Xhtml + "tr").Should().BeEmpty();
        FluentActions.Invoking(() => ReportFixture.Render(Viewer.Secretariat, options: new HtmlReportOptions { Viewer = Viewer.Secretariat, TopUnmetNeeds = -1 }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        var engine = HandBuiltCase.Engine();
        var result = engine.Run();

        FluentActions.Invoking(() => HtmlReport.Render(null!, result, new HtmlReportOptions { Viewer = Viewer.Public })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReport.Render(engine, null!, new HtmlReportOptions { Viewer = Viewer.Public })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReport.Render(engine, result, null!)).Should().Throw<ArgumentNullException>();
    }

    private static void XNamespaceSvg(System.Xml.Linq.XDocument page, out System.Xml.Linq.XElement svg) =>
        svg = page.Descendants((System.Xml.Linq.XNamespace)"http://www.w3.org/2000/svg" + "svg").Single();
}
