using System.Globalization;
using BenchmarkDotNet.Attributes;
using TechAssist.Matching.Allocation;

namespace TechAssist.Benchmarks.Allocation;

/// <summary>
/// Optimal allocation at world scale (20,000 needs, 2,000 suppliers, 50 candidates per need), on identical instances:
/// OR-Tools' native min-cost flow as baseline, the managed exact solver, and the greedy preview.
/// </summary>
/// <remarks>The setup throws unless the managed optimum equals OR-Tools' exactly, and prints greedy's gap.</remarks>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private AllocationProblem _problem = null!;

    /// <summary>Gets or sets the capacity variant.</summary>
    [Params("tight", "loose")]
    public string Capacity { get; set; } = "tight";

    /// <summary>Builds the instance and checks the objectives.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _problem = AllocationInstanceGenerator.World(Capacity == "tight");
        var reference = OrToolsAllocation.MaximumWeight(_problem);
        var optimal = OptimalAllocator.Allocate(_problem, null, default).TotalWeight;
        if (optimal != reference)
        {
            throw new InvalidOperationException($"managed optimum {optimal} differs from OR-Tools' {reference}");
        }

        var greedy = GreedyAllocator.Allocate(_problem, null, default).TotalWeight;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// World {Capacity}: optimum {optimal} (equal to OR-Tools), greedy {greedy}, gap {(optimal - greedy) / (double)optimal:P2}"));
    }

    /// <summary>OR-Tools SimpleMinCostFlow, model building included.</summary>
    /// <returns>The optimal weight.</returns>
    [Benchmark(Baseline = true)]
    public long OrToolsMinCostFlow() => OrToolsAllocation.MaximumWeight(_problem);

    /// <summary>The managed cost-scaling solver, network building included.</summary>
    /// <returns>The optimal weight.</returns>
    [Benchmark]
    public long ManagedOptimal() => OptimalAllocator.Allocate(_problem, null, default).TotalWeight;

    /// <summary>The greedy preview.</summary>
    /// <returns>The greedy weight.</returns>
    [Benchmark]
    public long Greedy() => GreedyAllocator.Allocate(_problem, null, default).TotalWeight;
}
