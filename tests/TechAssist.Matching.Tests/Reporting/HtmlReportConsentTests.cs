using System.Text.RegularExpressions;
using FluentAssertions;
using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Supply;
using Xunit;

namespace TechAssist.Matching.Tests.Reporting;

/// <summary>
/// N2 (NGA, Art. 16) is confidential and NGA's only need; N6 and N7 (KEN) are shared with P-NOR only; here N3
/// (DEU) is made public, every other need is shared with all providers.
/// </summary>
public sealed class HtmlReportConsentTests
{
    private static readonly Viewer Norway = Viewer.ForProvider(ProviderId.From("P-NOR"));
    private static readonly Viewer Unodc = Viewer.ForProvider(ProviderId.From("P-UNODC"));

    private static MatchingInput Input => HandBuiltCase.Input with
    {
        Needs = [.. HandBuiltCase.Input.Needs.Select(n => n.Id == NeedId.From("N3") ? n with { Consent = SharingConsent.Public } : n)],
    };

    public static TheoryData<string, string[], string[]> Viewers => new()
    {
        { "secretariat", ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"], [] },
        { "P-NOR", ["N1", "N3", "N4", "N5", "N6", "N7", "N8"], ["N2"] },
        { "P-UNODC", ["N1", "N3", "N4", "N5", "N8"], ["N2", "N6", "N7"] },
        { "public", ["N3"], ["N1", "N2", "N4", "N5", "N6", "N7", "N8"] },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Render_ForAViewer_ShowsExactlyTheNeedsItMaySee(string viewerName, string[] shown, string[] hidden)
    {
        var html = Render(ViewerNamed(viewerName), MatrixRows.State);
        var page = ReportFixture.Parse(html);

        var stateNeeds = page.All("section").Where(s => s.Attribute("data-state") is not null)
            .SelectMany(s => s.Descendants(ReportFixture.Xhtml + "tr"))
            .Select(tr => tr.Attribute("data-need")?.Value)
            .OfType<string>();
        stateNeeds.Should().BeEquivalentTo(shown);
        foreach (var id in hidden)
        {
            Regex.IsMatch(html, $@"\b{id}\b").Should().BeFalse($"{id} is not visible to {viewerName}");
        }
    }

    [Theory]
    [InlineData("secretariat", true)]
    [InlineData("P-NOR", false)]
    [InlineData("public", false)]
    public void Render_StateRows_ShowTheConfidentialNeedsStateOnlyToTheSecretariat(string viewerName, bool expected)
    {
        var html = Render(ViewerNamed(viewerName), MatrixRows.State);
        var page = ReportFixture.Parse(html);

        var ngaCells = page.MatrixCells().Where(td => td.Attribute("title")!.Value.StartsWith("NGA,", StringComparison.Ordinal)).ToList();
        var ngaSection = page.All("section").Any(s => s.Attribute("data-state")?.Value == "NGA");

        ngaSection.Should().Be(expected);
        if (expected)
        {
            ngaCells.Select(td => td.Attribute("data-needs")!.Value).Should().Equal("1");
        }
        else
        {
            ngaCells.Should().BeEmpty();
            html.Should().NotContain("NGA");
        }
    }

    [Theory]
    [InlineData("secretariat", 1)]
    [InlineData("P-NOR", 0)]
    [InlineData("public", 0)]
    public void Render_GroupRows_CountTheConfidentialNeedOnlyForTheSecretariat(string viewerName, int article16Cells)
    {
        // N2 is the only need under Art. 16; its cell must not reappear for others as supply without demand (O2).
        var page = ReportFixture.Parse(Render(ViewerNamed(viewerName), MatrixRows.RegionalGroup));

        page.MatrixCells().Count(td => td.Attribute("title")!.Value.StartsWith("African, Art. 16:", StringComparison.Ordinal))
            .Should().Be(article16Cells);
    }

    [Theory]
    [InlineData("secretariat", "African: 2 of 2 (100%)")]
    [InlineData("P-NOR", "African: 1 of 2 (50%)")]
    [InlineData("public", "African: 0 of 2 (0%)")]
    public void Render_ResponseRates_CountOnlyStatesWithVisibleNeeds(string viewerName, string african)
    {
        var page = ReportFixture.Parse(Render(ViewerNamed(viewerName), MatrixRows.RegionalGroup));

        page.Descendants().Where(e => e.Name.LocalName == "g").Select(g => g.Elements().First().Value)
            .Should().Contain(african);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Render_ForAViewer_HasAsManyStatusCellsAsTheViewersMatrix(string viewerName, string[] shown, string[] hidden)
    {
        _ = (shown, hidden);
        var viewer = ViewerNamed(viewerName);
        var engine = MatchingEngine.Create(Input).GetValueOrThrow();
        var result = engine.Run();
        var matrix = engine.BuildMatrix(result.ForViewer(viewer), new MatrixOptions { Rows = MatrixRows.State, SplitByAssistanceType = false }, viewer);

        var page = ReportFixture.Parse(HtmlReport.Render(engine, result, new HtmlReportOptions { Viewer = viewer, Rows = MatrixRows.State }));

        page.MatrixCells().Should().HaveCount(matrix.Cells.Count);
    }

    private static string Render(Viewer viewer, MatrixRows rows) =>
        ReportFixture.Render(viewer, Input, new HtmlReportOptions { Viewer = viewer, Rows = rows });

    private static Viewer ViewerNamed(string name) => name switch
    {
        "secretariat" => Viewer.Secretariat,
        "P-NOR" => Norway,
        "P-UNODC" => Unodc,
        _ => Viewer.Public,
    };
}
