#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// The main job: what TechAssist knows out of the box, read from the data embedded in the packages.
// Run it with: dotnet run docs/scripts/quickstart.cs
using TechAssist.Convention;
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
