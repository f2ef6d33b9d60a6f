using TechAssist.Matching;
using TechAssist.Matching.Allocation;
using TechAssist.Matching.Engine;

namespace TechAssist.Benchmarks.Matching;

/// <summary>Engines over the generated scenarios, and the allocation problem built from an engine's real candidates.</summary>
internal static class EngineInstances
{
    /// <summary>A built engine; throws when the generated input does not validate.</summary>
    internal static MatchingEngine Engine(MatchingInput input) => MatchingEngine.Create(input).GetValueOrThrow();

    /// <summary>The allocation problem the engine solves: candidate scores times the need's priority weight.</summary>
    /// <remarks>The engine's own construction, so the objective is the one <c>Run</c> maximises.</remarks>
    internal static AllocationProblem Problem(MatchingEngine engine) => engine.Model.AllocationProblemOf(engine.Candidates);

    /// <summary>Candidates per open need, on average.</summary>
    internal static double CandidatesPerNeed(MatchingEngine engine) =>
        engine.Candidates.Count / (double)Math.Max(1, engine.Model.Needs.Count(n => n.IsOpen));
}
