#:project ../../src/TechAssist.Matching/TechAssist.Matching.csproj

// A donor's view: my offerings against the needs, and the gaps in the regions I work in. Everything is computed for
// the provider as viewer, so it shows only the needs their States agreed to share with that provider. On the
// illustrative scenario (generated with a fixed seed, NOT REAL DATA).
//
//   dotnet run docs/scripts/donor-view.cs [-- <provider id>]     (default: the provider with the most offerings)
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Matching;
using TechAssist.Matching.Samples;
using TechAssist.States;
using TechAssist.Supply;

var scenario = IllustrativeMatchingScenario.Create();
var input = scenario.Input;
var providerId = args.Length > 0
    ? ProviderId.From(args[0])
    : input.Offerings.GroupBy(o => o.Provider).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
var provider = input.Providers.SingleOrDefault(p => p.Id == providerId);
if (provider is null)
{
    Console.Error.WriteLine($"provider '{providerId}' is not in the scenario; its providers are {string.Join(", ", input.Providers.Select(p => p.Id))}");
    return 1;
}

var me = Viewer.ForProvider(providerId);
var engine = MatchingEngine.Create(input).GetValueOrThrow();
var result = engine.Run().ForViewer(me);
var mine = input.Offerings.Where(o => o.Provider == providerId).OrderBy(o => o.Id).ToList();

Console.WriteLine(scenario.Label);
Console.WriteLine($"{provider.Name} ({provider.Id}, {provider.Kind}): {mine.Count} offerings");
Console.WriteLine();
Console.WriteLine("My offerings against the needs I may see");
foreach (var offering in mine)
{
    var served = result.Matches.Where(m => m.Offering == offering.Id).ToList();
    var types = string.Join(", ", offering.AssistanceTypes.Select(t => AssistanceTypeCatalogue.Get(t).Name));
    Console.WriteLine($"  {offering.Id} {offering.Title}");
    Console.WriteLine($"      {types}; {offering.Scope.Level}; {served.Count} of {offering.Capacity.Engagements} engagements used");
    foreach (var match in served.OrderByDescending(m => m.Score).ThenBy(m => m.Need).Take(3))
    {
        Console.WriteLine($"      -> {match.Need} ({match.State}, {match.Provision}, {match.AssistanceType}) score {match.Score}/{match.Explanation.Maximum}");
    }
}

// The gaps: needs in the States my offerings reach that no one serves, by provision and type.
var myStates = mine.SelectMany(o => o.Scope.ResolveStates(input.Groups)).ToHashSet();
var needs = input.Needs.ToDictionary(n => n.Id);
var gaps = result.Unassigned
    .Where(u => myStates.Contains(u.State))
    .GroupBy(u => (needs[u.Need].Provision.Article, needs[u.Need].AssistanceType))
    .Select(g => (g.Key.Article, g.Key.AssistanceType, States: g.Select(u => u.State).Distinct().Order().ToList(), Offered: mine.Any(o => o.AssistanceTypes.Contains(g.Key.AssistanceType))))
    .OrderByDescending(g => g.States.Count).ThenBy(g => g.Article).ThenBy(g => g.AssistanceType)
    .ToList();

Console.WriteLine();
Console.WriteLine($"Gaps in my regions: {gaps.Sum(g => g.States.Count)} unserved needs I may see, in {myStates.Count} States my offerings reach");
foreach (var group in Enum.GetValues<RegionalGroup>())
{
    var count = result.Unassigned.Count(u => myStates.Contains(u.State) && u.Group == group);
    if (count > 0)
    {
        Console.WriteLine($"  {group,-26} {count,4} unserved");
    }
}

Console.WriteLine();
Console.WriteLine("Largest gaps (article, type of assistance, States; + marks a type I offer)");
foreach (var gap in gaps.Take(10))
{
    Console.WriteLine($"  {(gap.Offered ? '+' : ' ')} Art. {gap.Article,-3} {AssistanceTypeCatalogue.Get(gap.AssistanceType).Name,-48} {gap.States.Count,3} States: {string.Join(", ", gap.States.Take(6))}{(gap.States.Count > 6 ? ", ..." : string.Empty)}");
}

return 0;
