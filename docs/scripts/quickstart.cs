#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// The main job: what TechAssist knows out of the box, read from the data embedded in the packages.
// Run it with: dotnet run docs/scripts/quickstart.cs
using TechAssist.Assistance;
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

// The review of needs on an illustrative set of self-assessment reports: generated with a fixed seed, NOT REAL DATA.
var scenario = IllustrativeScenario.Create();
Console.WriteLine($"Review of needs. {scenario.Label}");
Console.WriteLine($"  {scenario.Statuses.StatesPartiesOn(scenario.At).Count} States parties on {scenario.At:uuuu-MM-dd}, {scenario.Reports.Count} reports on checklist {scenario.Checklist}");
Console.WriteLine();

var rates = ResponseRateReview.Compute(scenario.Statuses, scenario.Groups, scenario.Reports, scenario.At, scenario.Checklist.Id);
Console.WriteLine("Response rates (illustrative)");
foreach (var row in rates.ToRows())
{
    Console.WriteLine($"  {row.Group,-26} {row.Reporting,3} of {row.Parties,3}  {row.Percent,3}%");
}

Console.WriteLine();
var needs = NeedsReview.Compute(scenario.Needs, scenario.Groups);
Console.WriteLine("Top requested assistance types per regional group (illustrative)");
foreach (var ranking in needs.TopTypesByGroup)
{
    var top = ranking.Types.Take(3).Select(t => $"{AssistanceTypeCatalogue.Get(t.Type).Name} ({t.Count})");
    Console.WriteLine($"  {ranking.Group,-26} {string.Join("; ", top)}");
}

Console.WriteLine();
Console.WriteLine("Top requested assistance type per provision, first five articles (illustrative)");
foreach (var ranking in needs.TopTypesByProvision.Take(5))
{
    var first = ranking.Types[0];
    Console.WriteLine($"  {ranking.Provision,-9} {AssistanceTypeCatalogue.Get(first.Type).Name} ({first.Count} States)");
}
