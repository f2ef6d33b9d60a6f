#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// The 2008 picture the Working Group asked for: who answered the checklist, which assistance each region asks for
// first, and the needs-supply matrix by regional group and thematic area. On the illustrative scenario (generated with
// a fixed seed, NOT REAL DATA). Writes the matrix as CSV for a spreadsheet.
//
//   dotnet run docs/scripts/picture-2008.cs [-- <output folder>]     (default: artifacts/picture-2008/)
using System.Globalization;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Matching;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Samples;
using TechAssist.Reviews;

var folder = args.Length > 0 ? args[0] : Path.Combine("artifacts", "picture-2008");
Directory.CreateDirectory(folder);

var scenario = IllustrativeMatchingScenario.Create();
var demand = scenario.Demand;
Console.WriteLine(scenario.Label);
Console.WriteLine();

// Response rates: States parties that submitted a self-assessment report, per regional group.
var responses = ResponseRateReview.Compute(demand.Statuses, demand.Groups, demand.Reports, demand.At, demand.Checklist.Id);
Console.WriteLine($"Self-assessment reports on {demand.At:uuuu-MM-dd}: {responses.Overall} States parties");
foreach (var group in responses.Groups)
{
    Console.WriteLine($"  {group.Group?.ToString() ?? "No group",-26} {group.Rate,9}  {Bar(group.Rate.RoundedPercent ?? 0)}");
}

// Priorities: the assistance types each regional group asks for most.
var review = NeedsReview.Compute(demand.Needs, demand.Groups);
Console.WriteLine();
Console.WriteLine("Priorities: the three most requested types of assistance per regional group");
foreach (var ranking in review.TopTypesByGroup)
{
    var top = ranking.Types.Take(3).Select(t => $"{t.Rank}. {AssistanceTypeCatalogue.Get(t.Type).Name} ({t.Count})");
    Console.WriteLine($"  {ranking.Group?.ToString() ?? "No group",-26} {string.Join("  ", top)}");
}

// The matrix: needs against supply, after the optimal allocation of the offerings' capacity.
var engine = MatchingEngine.Create(scenario.Input).GetValueOrThrow();
var result = engine.Run();
var matrix = engine.BuildMatrix(
    result,
    new MatrixOptions { Rows = MatrixRows.RegionalGroup, Columns = MatrixColumns.ThematicArea, SplitByAssistanceType = false },
    Viewer.Secretariat);

Console.WriteLine();
Console.WriteLine("Needs-supply matrix: served/needs per regional group and thematic area (! unmet, ~ partly met, * duplicated)");
var width = matrix.Columns.Max(c => c.Length) + 2;
Console.WriteLine($"  {"",-26}" + string.Concat(matrix.Columns.Select(c => c.PadLeft(width))));
foreach (var row in matrix.Rows)
{
    var cells = matrix.Row(row).ToDictionary(c => c.Column);
    var line = string.Concat(matrix.Columns.Select(column => cells.TryGetValue(column, out var cell) ? (Mark(cell.Status) + cell.Served + "/" + cell.Needs).PadLeft(width) : new string(' ', width)));
    Console.WriteLine($"  {row,-26}{line}");
}

var path = Path.Combine(folder, "matrix-groups-by-area.csv");
using (var writer = File.CreateText(path))
{
    MatrixCsv.Write(writer, matrix);
}

Console.WriteLine();
Console.WriteLine($"{path}: {matrix.Cells.Count.ToString(CultureInfo.InvariantCulture)} cells");
return 0;

static string Bar(int percent) => new string('#', percent / 5).PadRight(20, '.');

static string Mark(CellStatus status) => status switch
{
    CellStatus.Unmet => "!",
    CellStatus.PartiallyMet => "~",
    CellStatus.Duplicated => "*",
    _ => string.Empty,
};
