using BenchmarkDotNet.Attributes;
using TechAssist.Matching;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// The whole run from the input records: <see cref="MatchingEngine.Create"/> (States, index, facts) and
/// <see cref="MatchingEngine.Run(AllocationStrategy)"/> with the optimal allocator (scores, allocation, result with
/// explanations), then <see cref="MatchingEngine.BuildMatrix(MatchingResult)"/>: the issue's "index, scores, optimal
/// allocation, matrix". World tight is the baseline; World loose and Stress tight beside it.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private MatchingInput _worldTight = null!;
    private MatchingInput _worldLoose = null!;
    private MatchingInput _stress = null!;

    /// <summary>Generates the inputs (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _worldTight = WorldScenario.World(tight: true);
        _worldLoose = WorldScenario.World(tight: false);
        _stress = WorldScenario.Stress(tight: true);
    }

    /// <summary>World, tight capacity.</summary>
    /// <returns>The number of matrix cells.</returns>
    [Benchmark(Baseline = true)]
    public int WorldTight() => RunWithMatrix(_worldTight);

    /// <summary>World, loose capacity.</summary>
    /// <returns>The number of matrix cells.</returns>
    [Benchmark]
    public int WorldLoose() => RunWithMatrix(_worldLoose);

    /// <summary>Stress (200,000 needs, 20,000 offerings), tight capacity.</summary>
    /// <returns>The number of matrix cells.</returns>
    [Benchmark]
    public int StressTight() => RunWithMatrix(_stress);

    private static int RunWithMatrix(MatchingInput input)
    {
        var engine = EngineInstances.Engine(input);
        return engine.BuildMatrix(engine.Run(AllocationStrategy.Optimal)).Cells.Count;
    }
}
