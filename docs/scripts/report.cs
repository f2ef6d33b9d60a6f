#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// The HTML report of the illustrative scenario (generated with a fixed seed, NOT REAL DATA), once for the
// secretariat (every need) and once for the public (only needs their States made public). Open the files in a browser.
//
//   dotnet run docs/scripts/report.cs [-- <output folder>]     (default: artifacts/report/)
using System.Globalization;
using System.Text;
using TechAssist.Consent;
using TechAssist.Matching;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Samples;

var folder = args.Length > 0 ? args[0] : Path.Combine("artifacts", "report");
Directory.CreateDirectory(folder);

var scenario = IllustrativeMatchingScenario.Create();
var engine = MatchingEngine.Create(scenario.Input).GetValueOrThrow();
var result = engine.Run();
var asOf = "Data as of " + scenario.Input.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

foreach (var (name, viewer) in new[] { ("secretariat", Viewer.Secretariat), ("public", Viewer.Public) })
{
    var options = new HtmlReportOptions
    {
        Viewer = viewer,
        Title = "Technical assistance under the Convention: needs and supply",
        Rows = MatrixRows.RegionalGroup,
        Columns = MatrixColumns.Article,
        AsOfLabel = asOf,
        IllustrativeLabel = scenario.Label,
        TopUnmetNeeds = 25,
    };
    var path = Path.Combine(folder, $"report-{name}.html");
    using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
    {
        HtmlReport.Render(engine, result, options, writer);
    }

    Console.WriteLine($"{path}: {new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture)} bytes, report for {viewer}");
}

return 0;
