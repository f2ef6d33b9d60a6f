namespace TechAssist.Browser.Tests;

/// <summary>
/// A fact that needs a chromium executable. Without one it is skipped, saying why, unless
/// <c>TECHASSIST_BROWSER_REQUIRED=1</c> (set by .ci/run, which installs chromium): then it runs and fails.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.Required)
        {
            Skip = $"no chromium at {Chromium.DefaultPath} (or TECHASSIST_CHROMIUM): 'apt-get install chromium', or run bash .ci/run, which installs it";
        }
    }
}
