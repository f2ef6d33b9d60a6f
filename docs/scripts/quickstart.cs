#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// The main job: what TechAssist knows out of the box, the review of needs, and the whole matching run on an
// illustrative scenario (generated with a fixed seed, NOT REAL DATA) or on your own files.
//
//   dotnet run docs/scripts/quickstart.cs
//   dotnet run docs/scripts/quickstart.cs -- --as-of 2026-01-01 --statuses statuses.json --needs needs.json \
//       --supply supply.json [--experts experts.json] [--iati activities.xml]...
//   dotnet run docs/scripts/quickstart.cs -- --as-of 2009-06-30 --statuses docs/examples/statuses-illustrative.json \
//       --needs docs/examples/needs.csv --providers docs/examples/providers.csv --offerings docs/examples/offerings.csv \
//       [--experts docs/examples/experts.csv]
//
// Your files are the library's JSON documents (docs/schema), the CSV layouts of docs/csv.md (needs, providers,
// offerings and experts: a .csv name says which reading) and IATI 2.0x activity files.
using NodaTime;
using NodaTime.Text;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Exchange;
using TechAssist.Experts;
using TechAssist.Iati;
using TechAssist.Matching;
using TechAssist.Matching.Levels;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Samples;
using TechAssist.Needs;
using TechAssist.Serialization;
using TechAssist.Supply;
using TechAssist.Convention;
using TechAssist.Reviews;
using TechAssist.Samples;
using TechAssist.States;

Console.WriteLine("United Nations Convention against Corruption");
Console.WriteLine();
Console.WriteLine("Chapters");
foreach (var chapter in ConventionCatalogue.Chapters)
{
    var area = chapter.ThematicArea is { } thematic ? $"  [{thematic}]" : string.Empty;
    Console.WriteLine($"  {chapter.Number,-5} {chapter.Title,-48} {chapter.Articles.Count,2} articles (Art. {chapter.FirstArticle}-{chapter.LastArticle}){area}");
}

Console.WriteLine($"  {"",-5} {"Total",-48} {ConventionCatalogue.Articles.Count,2} articles");
Console.WriteLine();

var groups = RegionalGroupTable.Default;
Console.WriteLine("United Nations regional groups");
foreach (var group in Enum.GetValues<RegionalGroup>())
{
    Console.WriteLine($"  {group,-26} {groups.MembersOf(group).Count,3} States");
}

var counted = Enum.GetValues<RegionalGroup>().Sum(group => groups.MembersOf(group).Count);
Console.WriteLine($"  {"Total",-26} {counted,3} States ({StateCatalogue.Members.Count} Member States, {StateCatalogue.All.Count - StateCatalogue.Members.Count} observer States in no group)");
Console.WriteLine();

var (input, label) = args.Length == 0 ? Illustrative() : FromFiles(args);
if (input is null)
{
    return 1;
}

// The review of needs: response rates and priorities.
Console.WriteLine($"Review of needs. {label}");
var parties = input.Statuses.StatesPartiesOn(input.AsOf);
Console.WriteLine($"  {parties.Count} States parties on {input.AsOf:uuuu-MM-dd}, {input.Needs.Count} needs from {input.Needs.Select(n => n.State).Distinct().Count()} States");
Console.WriteLine();
Console.WriteLine("States with needs, per regional group (the response pattern)");
foreach (var group in Enum.GetValues<RegionalGroup>())
{
    var groupParties = parties.Count(p => input.Groups.GroupOf(p) == group);
    if (groupParties == 0)
    {
        continue;
    }

    var reporting = input.Needs.Select(n => n.State).Distinct().Count(s => input.Groups.GroupOf(s) == group && parties.Contains(s));
    var percent = (int)Math.Round(100.0 * reporting / groupParties, MidpointRounding.AwayFromZero);
    Console.WriteLine($"  {group,-26} {reporting,3} of {groupParties,3}  {percent,3}%");
}

Console.WriteLine();
var review = NeedsReview.Compute(input.Needs, input.Groups);
Console.WriteLine("Priorities: the most requested assistance types per regional group");
foreach (var ranking in review.TopTypesByGroup)
{
    var top = ranking.Types.Take(3).Select(t => $"{AssistanceTypeCatalogue.Get(t.Type).Name} ({t.Count})");
    Console.WriteLine($"  {ranking.Group,-26} {string.Join("; ", top)}");
}

// Matching: build the engine once, run the optimal allocation.
var engine = MatchingEngine.Create(input).GetValueOrThrow();
var result = engine.Run();
var greedy = engine.Run(AllocationStrategy.Greedy);
Console.WriteLine();
Console.WriteLine($"Matching ({result.Strategy}): {result.Matches.Count} needs served, {result.Unassigned.Count} open needs unserved; total weight {result.TotalWeight} (greedy preview: {greedy.TotalWeight})");
foreach (var coverage in result.CoverageByGroup.Where(c => c.Needs > 0))
{
    Console.WriteLine($"  {coverage.Group?.ToString() ?? "No group",-26} {coverage.Served,4} of {coverage.Needs,4} open needs served ({coverage.Coverage:P0})");
}

Console.WriteLine();
Console.WriteLine("Why needs are unserved");
foreach (var reason in result.Unassigned.GroupBy(u => u.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
{
    var filters = reason.SelectMany(u => u.Filtered).GroupBy(f => f.Filter).Select(f => $"{f.Key} {f.Sum(x => x.Removed)}");
    Console.WriteLine($"  {reason.Key,-20} {reason.Count(),4}   candidates removed by: {string.Join(", ", filters)}");
}

var matrix = engine.BuildMatrix(result, new MatrixOptions { Rows = MatrixRows.RegionalGroup, Columns = MatrixColumns.Article, SplitByAssistanceType = false }, Viewer.Secretariat);
Console.WriteLine();
Console.WriteLine($"Needs-supply matrix (regional groups x articles): {matrix.Cells.Count} cells");
foreach (var (status, count) in matrix.CountByStatus())
{
    Console.WriteLine($"  {status,-13} {count,4}");
}

Console.WriteLine();
Console.WriteLine("Largest gaps (cells with the most unmet needs)");
foreach (var cell in matrix.Cells.Where(c => c.Unmet > 0).OrderByDescending(c => c.Unmet).ThenBy(c => c.Row).ThenBy(c => c.Column).Take(5))
{
    Console.WriteLine($"  {cell.Row,-26} Art. {cell.Column,-3} {cell.Unmet,3} unmet of {cell.Needs,3} ({cell.Status})");
}

var duplicated = matrix.Cells.Where(c => c.Status == CellStatus.Duplicated).ToList();
Console.WriteLine();
Console.WriteLine($"Coordination alerts: {duplicated.Sum(c => c.DuplicatedNeeds.Count)} needs served by two providers at once");
foreach (var cell in duplicated.Take(5))
{
    Console.WriteLine($"  {cell.Row,-26} Art. {cell.Column,-3} {string.Join(", ", cell.DuplicatedNeeds)} (providers {string.Join(", ", cell.Providers)})");
}

var levels = engine.RecommendLevels();
Console.WriteLine();
Console.WriteLine($"Levels of delivery: {string.Join(", ", levels.GroupBy(l => l.Level).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))}");
foreach (var level in levels.Where(l => l.Level != DeliveryLevel.National).OrderByDescending(l => l.SharedByStates).ThenBy(l => l.Provision).Take(5))
{
    Console.WriteLine($"  {level}: {level.Reason}");
}

Console.WriteLine();
Console.WriteLine("Top matches with their explanations");
foreach (var match in result.Matches.OrderByDescending(m => m.Weight).ThenBy(m => m.Need).Take(3))
{
    Console.WriteLine($"  {match.Need} ({match.State}, {match.Provision}, {match.AssistanceType}) -> {match.Offering} of {match.Provider}: {match.Score}/{match.Explanation.Maximum}");
    foreach (var component in match.Explanation.Components.Where(c => c.Maximum > 0))
    {
        Console.WriteLine($"      {component}");
    }
}

var experts = engine.AllocateExperts();
Console.WriteLine();
Console.WriteLine($"Directory of experts: {experts.Assignments.Count} needs get an expert; {experts.Unserved.Count} with suitable experts got none (their capacity went elsewhere)");
Console.WriteLine($"Knowledge resources serve {result.Knowledge.Count} needs for models and good practices");
return 0;

static (MatchingInput?, string) Illustrative()
{
    var scenario = IllustrativeMatchingScenario.Create();
    return (scenario.Input, scenario.Label);
}

static (MatchingInput?, string) FromFiles(string[] args)
{
    var problems = new List<string>();
    var asOf = LocalDate.FromDateTime(DateTime.UtcNow);
    var statuses = ConventionStatusTable.Empty;
    var needs = new List<Need>();
    var providers = new List<Provider>();
    var offerings = new List<Offering>();
    var knowledge = new List<TechAssist.Knowledge.KnowledgeResource>();
    var experts = new List<Expert>();
    var clock = SystemClock.Instance;
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        var (option, path) = (args[i], args[i + 1]);
        switch (option)
        {
            case "--as-of":
                var parsed = LocalDatePattern.Iso.Parse(path);
                if (parsed.Success) { asOf = parsed.Value; } else { problems.Add($"--as-of: '{path}' is not a date (yyyy-MM-dd)"); }
                break;
            case "--statuses":
                Load<ConventionStatusDocument, ConventionStatusTable>(path, problems, d => d.ToTable(), t => statuses = t);
                break;
            case "--needs" when IsCsv(path):
                ReadCsv(path, problems, stream => NeedsCsv.Read(stream, Path.GetFileName(path), recordedBy: "quickstart", clock), needs.AddRange);
                break;
            case "--needs":
                Load<NeedsDocument, TechAssist.Validation.ImportResult<Need>>(path, problems, d => TechAssist.Validation.ValidationResult.Success(d.Import(clock)), r =>
                {
                    needs.AddRange(r.Accepted);
                    problems.AddRange(r.Problems.Select(p => $"{path}: {p}"));
                });
                break;
            case "--supply":
                Load<SupplyDocument, SupplyDocument>(path, problems, d => d.Validate(), d =>
                {
                    providers.AddRange(d.Providers);
                    offerings.AddRange(d.Offerings);
                    knowledge.AddRange(d.KnowledgeResources);
                });
                break;
            case "--providers":
                ReadCsv(path, problems, stream => ProvidersCsv.Read(stream, Path.GetFileName(path)), providers.AddRange);
                break;
            case "--offerings":
                ReadCsv(path, problems, stream => OfferingsCsv.Read(stream, Path.GetFileName(path)), offerings.AddRange);
                break;
            case "--experts" when IsCsv(path):
                ReadCsv(path, problems, stream => ExpertsCsv.Read(stream, Path.GetFileName(path)), experts.AddRange);
                break;
            case "--experts":
                Load<ExpertDirectoryDocument, ExpertDirectoryDocument>(path, problems, d => d.Validate(), d => experts.AddRange(d.WithoutContactDetails().Experts));
                break;
            case "--iati":
                var imported = IatiImporter.ImportFile(path);
                providers.AddRange(imported.Providers.Where(p => providers.All(q => q.Id != p.Id)));
                offerings.AddRange(imported.Offerings);
                problems.AddRange(imported.Errors.Select(e => e.ToString()));
                break;
            default:
                problems.Add($"unknown option '{option}': expected --as-of, --statuses, --needs, --supply, --providers, --offerings, --experts or --iati");
                break;
        }
    }

    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    var input = new MatchingInput
    {
        AsOf = asOf,
        Statuses = statuses,
        Needs = [.. needs],
        Providers = [.. providers],
        Offerings = [.. offerings],
        Experts = [.. experts],
        KnowledgeResources = [.. knowledge],
    };
    return (problems.Count == 0 || needs.Count > 0 ? input : null, $"Your data ({string.Join(' ', args)})");
}

static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

// A CSV file keeps its good rows: each bad row is a problem (file:line, column, value) and the rest go on.
static void ReadCsv<T>(string path, List<string> problems, Func<Stream, TechAssist.Validation.ImportResult<T>> read, Action<IEnumerable<T>> use)
{
    using var stream = File.OpenRead(path);
    var result = read(stream);
    problems.AddRange(result.Problems.Select(p => p.ToString()));
    use(result.Accepted);
}

static void Load<T, TResult>(string path, List<string> problems, Func<T, TechAssist.Validation.ValidationResult<TResult>> check, Action<TResult> use)
    where T : class
{
    var read = TechAssistJson.Deserialize<T>(File.ReadAllText(path));
    if (!read.IsValid)
    {
        problems.AddRange(read.Problems.Select(p => $"{path}: {p}"));
        return;
    }

    var checkedValue = check(read.Value);
    if (!checkedValue.IsValid)
    {
        problems.AddRange(checkedValue.Problems.Select(p => $"{path}: {p}"));
        return;
    }

    use(checkedValue.Value);
}
