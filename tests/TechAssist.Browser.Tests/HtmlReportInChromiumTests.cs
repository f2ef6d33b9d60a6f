using System.Text;
using Microsoft.Playwright;
using TechAssist.Consent;
using TechAssist.Matching;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Samples;

namespace TechAssist.Browser.Tests;

/// <summary>
/// The report of the illustrative scenario, opened from a file in headless chromium: no console error, no request
/// leaves the file, one heatmap cell per matrix cell, nothing of a need the viewer may not see, and it prints.
/// Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class HtmlReportInChromiumTests
{
    private static readonly IllustrativeMatchingScenario Scenario = IllustrativeMatchingScenario.Create();

    [ChromiumFact]
    public async Task Secretariat_Report_ShowsEveryMatrixCellWithoutErrors()
    {
        var (engine, result) = Run();
        var expected = engine.BuildMatrix(result, MatrixOptionsOf(Options(Viewer.Secretariat)), Viewer.Secretariat);

        await using var session = await ReportPage.OpenAsync(Render(engine, result, Viewer.Secretariat), "report-secretariat");

        session.ConsoleErrors.Should().BeEmpty();
        session.PageErrors.Should().BeEmpty();
        session.OutsideRequests.Should().BeEmpty("the report is one self-contained file");
        (await session.Page.Locator("table.heatmap td[data-status]").CountAsync()).Should().Be(expected.Cells.Count);
        (await session.Page.Locator("table.heatmap tbody tr").CountAsync()).Should().Be(expected.Rows.Count);
        (await session.Page.Locator("table.heatmap td.empty").CountAsync())
            .Should().Be((expected.Rows.Count * expected.Columns.Count) - expected.Cells.Count);
        var statuses = await session.Page.Locator("table.heatmap td[data-status]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.status)");
        statuses.Should().Equal(expected.Cells.Select(c => c.Status.ToString()));

        await session.ScreenshotAsync();
    }

    [ChromiumFact]
    public async Task Public_Report_ShowsNoNeedItsStateKeptFromThePublic()
    {
        var (engine, result) = Run();
        var expected = engine.BuildMatrix(result, MatrixOptionsOf(Options(Viewer.Public)), Viewer.Public);
        var hidden = Scenario.Input.Needs.Where(n => !n.Consent.AllowsViewer(Viewer.Public, n.State)).Select(n => n.Id.Value).ToList();

        await using var session = await ReportPage.OpenAsync(Render(engine, result, Viewer.Public), "report-public");

        hidden.Should().NotBeEmpty("the scenario has needs kept from the public");
        session.ConsoleErrors.Should().BeEmpty();
        session.PageErrors.Should().BeEmpty();
        (await session.Page.Locator("table.heatmap td[data-status]").CountAsync()).Should().Be(expected.Cells.Count);
        var text = await session.Page.Locator("body").InnerTextAsync();
        var html = await session.Page.ContentAsync();
        hidden.Where(id => text.Contains(id, StringComparison.Ordinal) || html.Contains(id, StringComparison.Ordinal)).Should().BeEmpty();

        await session.ScreenshotAsync();
    }

    [ChromiumFact]
    public async Task Report_PrintsToPdf()
    {
        var (engine, result) = Run();

        await using var session = await ReportPage.OpenAsync(Render(engine, result, Viewer.Secretariat), "report-print");
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = true });

        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        (await session.Page.Locator("table.heatmap").IsVisibleAsync()).Should().BeTrue("the matrix is printed");
        session.ConsoleErrors.Should().BeEmpty();
    }

    private static (MatchingEngine Engine, MatchingResult Result) Run()
    {
        var engine = MatchingEngine.Create(Scenario.Input).GetValueOrThrow();
        return (engine, engine.Run());
    }

    private static HtmlReportOptions Options(Viewer viewer) => new()
    {
        Viewer = viewer,
        Rows = MatrixRows.RegionalGroup,
        Columns = MatrixColumns.Article,
        IllustrativeLabel = Scenario.Label,
    };

    private static MatrixOptions MatrixOptionsOf(HtmlReportOptions options) =>
        new() { Rows = options.Rows, Columns = options.Columns, SplitByAssistanceType = false };

    private static string Render(MatchingEngine engine, MatchingResult result, Viewer viewer) =>
        HtmlReport.Render(engine, result, Options(viewer));
}
