using System.Text;
using Microsoft.Playwright;

namespace TechAssist.Browser.Tests;

/// <summary>One report written to a file and opened in a fresh chromium page, with what the page said while loading.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _folder;
    private readonly string _name;

    private ReportPage(IPlaywright playwright, IBrowser browser, IPage page, string folder, string name)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        _folder = folder;
        _name = name;
    }

    internal IPage Page { get; }

    internal List<string> ConsoleErrors { get; } = [];

    internal List<string> PageErrors { get; } = [];

    /// <summary>Requests for anything but the report's own file (a font, a script, an image from the network).</summary>
    internal List<string> OutsideRequests { get; } = [];

    internal static async Task<ReportPage> OpenAsync(string html, string name)
    {
        var folder = Directory.CreateTempSubdirectory("techassist-report-").FullName;
        var file = Path.Combine(folder, name + ".html");
        await File.WriteAllTextAsync(file, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var report = new ReportPage(playwright, browser, page, folder, name);
        var address = new Uri(file).AbsoluteUri;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                report.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => report.PageErrors.Add(error);
        page.Request += (_, request) =>
        {
            if (request.Url != address && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                report.OutsideRequests.Add(request.Url);
            }
        };
        await page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    /// <summary>The top of the page as a reader first sees it, and the whole heatmap.</summary>
    internal async Task ScreenshotAsync()
    {
        var screenshots = RepositoryFolders.Screenshots();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, _name + ".png") });
        await Page.Locator("table.heatmap").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, _name + "-heatmap.png") });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
