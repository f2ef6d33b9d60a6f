using Microsoft.Playwright;

namespace TechAssist.Browser.Tests;

/// <summary>Finds and starts the system's chromium, headless, with the flags this closed network needs.</summary>
internal static class Chromium
{
    internal const string DefaultPath = "/usr/bin/chromium";

    internal static string? Executable
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("TECHASSIST_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
            return File.Exists(path) ? path : null;
        }
    }

    internal static bool Required => Environment.GetEnvironmentVariable("TECHASSIST_BROWSER_REQUIRED") == "1";

    internal static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = Executable ?? throw new FileNotFoundException(
            $"TECHASSIST_BROWSER_REQUIRED=1 but there is no chromium at {DefaultPath} (or TECHASSIST_CHROMIUM)", DefaultPath);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root has no sandbox here; the rest keeps chromium from calling out of a machine with no network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }
}
