using System.Text;
using FluentAssertions;
using TechAssist.Consent;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Tests.Testing;
using Xunit;

namespace TechAssist.Matching.Tests.Reporting;

/// <summary>
/// The secretariat's report of the hand-built case, byte for byte. After an intended change to the report, run the
/// tests with TECHASSIST_WRITE_GOLDEN=1, open Golden/report.html in a browser and review the diff.
/// </summary>
public sealed class HtmlReportGoldenTests
{
    [Fact]
    public void Render_HandBuiltCase_MatchesTheGoldenFile()
    {
        var generated = ReportFixture.Render(Viewer.Secretariat, options: new HtmlReportOptions
        {
            Viewer = Viewer.Secretariat,
            Title = "Hand-built case",
            AsOfLabel = "Data as of 2009-01-01",
            IllustrativeLabel = "Illustrative data for tests, not real needs or offerings.",
        });
        var path = RepositoryFiles.PathOf("tests", "TechAssist.Matching.Tests", "Reporting", "Golden", "report.html");

        if (Environment.GetEnvironmentVariable("TECHASSIST_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(path).Should().BeTrue(because: $"{path} is generated from the code (run the tests with TECHASSIST_WRITE_GOLDEN=1)");
        File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n").Should().Be(generated, because: "the golden report must match the code; regenerate with TECHASSIST_WRITE_GOLDEN=1");
    }
}
