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
    /// <remarks>The same construction as the engine's own, so the objective is the one <c>Run</c> maximises.</remarks>
    internal static AllocationProblem Problem(MatchingEngine engine)
    {
        var model = engine.Model;
        var candidates = engine.Candidates;
        var edges = new AllocationEdge[candidates.Count];
        for (var n = 0; n < model.Needs.Length; n++)
        {
            var weight = model.Needs[n].Weight;
            for (var e = candidates.Start[n]; e < candidates.Start[n + 1]; e++)
            {
                edges[e] = new AllocationEdge(n, candidates.Offering[e], candidates.Score[e] * weight);
            }
        }

        var groups = model.Needs.Select(need => need.State >= 0 ? model.States.CountingGroup[need.State] : -1).ToArray();
        var states = model.Needs.Select(need => need.State).ToArray();
        var capacities = model.Offerings.Select(o => o.Capacity).ToArray();
        return AllocationProblem.Create(model.Needs.Length, capacities, edges, groups, StateSpace.GroupCount, states, model.States.Count);
    }

    /// <summary>Candidates per open need, on average.</summary>
    internal static double CandidatesPerNeed(MatchingEngine engine) =>
        engine.Candidates.Count / (double)Math.Max(1, engine.Model.Needs.Count(n => n.IsOpen));
}
