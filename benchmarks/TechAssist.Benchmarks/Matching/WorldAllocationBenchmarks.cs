using System.Globalization;
using BenchmarkDotNet.Attributes;
using TechAssist.Benchmarks.Allocation;
using TechAssist.Matching.Allocation;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// Allocation on the World instance built from the engine's real candidates: OR-Tools' min-cost flow (baseline),
/// the managed optimal solver and the greedy preview.
/// </summary>
/// <remarks>The setup throws unless the managed optimum equals OR-Tools' exactly, and prints greedy's gap.</remarks>
[MemoryDiagnoser]
public class WorldAllocationBenchmarks
{
    private AllocationProblem _problem = null!;

    /// <summary>Gets or sets the capacity variant.</summary>
    [Params("tight", "loose")]
    public string Capacity { get; set; } = "tight";

    /// <summary>Scores the World instance and checks the objectives.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = EngineInstances.Engine(WorldScenario.World(Capacity == "tight"));
        _problem = EngineInstances.Problem(engine);
        var reference = OrToolsAllocation.MaximumWeight(_problem);
        var optimal = OptimalAllocator.Allocate(_problem, null, default).TotalWeight;
        if (optimal != reference)
        {
            throw new InvalidOperationException($"managed optimum {optimal} differs from OR-Tools' {reference}");
        }

        var greedy = GreedyAllocator.Allocate(_problem, null, default).TotalWeight;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// World {Capacity} (engine candidates): optimum {optimal} (equal to OR-Tools), greedy {greedy}, gap {(optimal - greedy) / (double)optimal:P2}"));
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
