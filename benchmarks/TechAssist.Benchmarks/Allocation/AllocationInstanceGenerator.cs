using TechAssist.Matching.Allocation;

namespace TechAssist.Benchmarks.Allocation;

/// <summary>Seeded allocation instances of world and stress scale, with tight or loose capacity.</summary>
/// <remarks>
/// Each supplier has a base quality and a popularity, so that needs compete for the same good suppliers (a uniform
/// instance would be too easy). Weight = fit (1..100) times the need's priority weight (1..5), as upstream computes it.
/// Capacity: the total capacity is a share of the needs (tight 0.35, loose 1.5) spread unevenly over the suppliers.
/// </remarks>
internal static class AllocationInstanceGenerator
{
    /// <summary>The share of needs that the total capacity covers in the tight variant.</summary>
    public const double TightCapacityShare = 0.35;

    /// <summary>The share of needs that the total capacity covers in the loose variant.</summary>
    public const double LooseCapacityShare = 1.5;

    /// <summary>World scale: 20,000 needs, 2,000 suppliers, 50 candidate edges per need.</summary>
    /// <param name="tight">Tight (0.35) or loose (1.5) capacity.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The problem.</returns>
    public static AllocationProblem World(bool tight, int seed = 2026) => Generate(20_000, 2_000, 50, tight ? TightCapacityShare : LooseCapacityShare, seed);

    /// <summary>Stress scale: 200,000 needs, 20,000 suppliers, 10 candidate edges per need.</summary>
    /// <param name="tight">Tight or loose capacity.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The problem.</returns>
    public static AllocationProblem Stress(bool tight, int seed = 2026) => Generate(200_000, 20_000, 10, tight ? TightCapacityShare : LooseCapacityShare, seed);

    /// <summary>Generates an instance.</summary>
    /// <param name="needs">The number of needs.</param>
    /// <param name="suppliers">The number of suppliers.</param>
    /// <param name="edgesPerNeed">The number of distinct candidate suppliers per need.</param>
    /// <param name="capacityShare">Total capacity as a share of the needs.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The problem.</returns>
    public static AllocationProblem Generate(int needs, int suppliers, int edgesPerNeed, double capacityShare, int seed)
    {
        var random = new Random(seed);
        var quality = new int[suppliers];
        var popularity = new double[suppliers];
        for (var s = 0; s < suppliers; s++)
        {
            quality[s] = random.Next(0, 50);
            popularity[s] = Math.Pow(random.NextDouble(), 2);
        }

        // Cumulative popularity for weighted sampling of a need's candidates.
        var cumulative = new double[suppliers];
        double sum = 0;
        for (var s = 0; s < suppliers; s++)
        {
            sum += 0.05 + popularity[s];
            cumulative[s] = sum;
        }

        var capacities = new int[suppliers];
        var totalCapacity = (int)(needs * capacityShare);
        for (var i = 0; i < totalCapacity; i++)
        {
            capacities[random.Next(suppliers)]++;
        }

        var groups = new int[needs];
        var states = new int[needs];
        var edges = new List<AllocationEdge>(needs * edgesPerNeed);
        var chosen = new HashSet<int>();
        for (var n = 0; n < needs; n++)
        {
            var priority = random.Next(1, 6);
            states[n] = random.Next(193);
            groups[n] = states[n] % 5;
            chosen.Clear();
            var wanted = Math.Min(edgesPerNeed, suppliers);
            while (chosen.Count < wanted)
            {
                var s = Array.BinarySearch(cumulative, random.NextDouble() * sum);
                s = s < 0 ? Math.Min(~s, suppliers - 1) : s;
                if (chosen.Add(s))
                {
                    var fit = Math.Clamp(quality[s] + random.Next(1, 51), 1, 100);
                    edges.Add(new AllocationEdge(n, s, fit * priority));
                }
            }
        }

        return AllocationProblem.Create(needs, capacities, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edges), groups, 5, states, 193);
    }
}
