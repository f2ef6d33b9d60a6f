using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using TechAssist.Matching;
using TechAssist.Matching.Engine;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// Candidate generation and scoring on the World instance: the same filters and scores as a DuckDB SQL join
/// (baseline) and the engine's index lookup with its scorer, both over data loaded beforehand.
/// </summary>
/// <remarks>The setup throws unless both give the identical set of (need, offering, score) triples.</remarks>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "Released in GlobalCleanup; BenchmarkDotNet needs an unsealed class.")]
public class ScoringBenchmarks
{
    private MatchingEngine _engine = null!;
    private DuckDbScoring _duck = null!;

    /// <summary>Builds the engine's model and the DuckDB tables, and checks the triples.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = EngineInstances.Engine(WorldScenario.World(tight: true));
        _duck = new DuckDbScoring(_engine.Model);
        DuckDbScoring.AssertIdentical(_engine.Candidates, _duck.Score());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// World: {_engine.Candidates.Count} candidates, {EngineInstances.CandidatesPerNeed(_engine):F1} per need, identical in DuckDB"));
    }

    /// <summary>Releases the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _duck?.Dispose();

    /// <summary>The SQL join, results read back.</summary>
    /// <returns>The number of candidates.</returns>
    [Benchmark(Baseline = true)]
    public int DuckDbJoin() => _duck.Score().Length;

    /// <summary>The engine's candidate generation and scoring, in parallel.</summary>
    /// <returns>The number of candidates.</returns>
    [Benchmark]
    public int EngineScoring() => CandidateGenerator.Generate(_engine.Model, null, default).Count;
}
