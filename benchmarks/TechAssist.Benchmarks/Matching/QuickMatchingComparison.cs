using System.Diagnostics;
using System.Globalization;
using TechAssist.Benchmarks.Allocation;
using TechAssist.Matching;
using TechAssist.Matching.Allocation;
using TechAssist.Matching.Engine;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// The quick mode's matching part (<c>--quick</c>): on the World instances, end to end, candidate scoring against
/// DuckDB and optimal allocation against OR-Tools, each a few times with a stopwatch, results checked identical, the
/// median times and ratios printed. <c>--stress</c> adds the Stress instance end to end (time and allocated memory).
/// </summary>
internal static class QuickMatchingComparison
{
    internal static int Run(TextWriter output, int repetitions, bool includeStress)
    {
        var failures = 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Matching, quick mode: {Environment.ProcessorCount} cores, median of {repetitions} runs (ms)"));
        output.WriteLine("instance    | cand/need | end to end | build | scoring | DuckDB | DuckDB/engine | Optimal | OR-Tools | Optimal/OR-Tools | greedy gap");
        foreach (var tight in new[] { true, false })
        {
            var name = tight ? "World tight" : "World loose";
            var input = WorldScenario.World(tight);
            var endToEnd = Median(repetitions, () => EngineInstances.Engine(input).Run(AllocationStrategy.Optimal));
            var build = Median(repetitions, () => EngineInstances.Engine(input));

            var engine = EngineInstances.Engine(input);
            var perNeed = EngineInstances.CandidatesPerNeed(engine);
            var scoring = Median(repetitions, () => CandidateGenerator.Generate(engine.Model, null, default));

            // Capacity plays no part in scoring (every generated offering has some), so the SQL runs on one variant.
            var sql = double.NaN;
            if (tight)
            {
                using var duck = new DuckDbScoring(engine.Model);
                (int, int, int)[] rows = [];
                sql = Median(repetitions, () => rows = duck.Score());
                try
                {
                    DuckDbScoring.AssertIdentical(engine.Candidates, rows);
                }
                catch (InvalidOperationException e)
                {
                    failures++;
                    output.WriteLine("MISMATCH " + name + ": " + e.Message);
                }
            }

            var problem = EngineInstances.Problem(engine);
            long optimum = 0, reference = 0;
            var optimal = Median(repetitions, () => optimum = OptimalAllocator.Allocate(problem, null, default).TotalWeight);
            var orTools = Median(repetitions, () => reference = OrToolsAllocation.MaximumWeight(problem));
            var greedy = GreedyAllocator.Allocate(problem, null, default).TotalWeight;
            if (optimum != reference)
            {
                failures++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISMATCH {name}: managed optimum {optimum}, OR-Tools {reference}"));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-11} | {perNeed,9:F1} | {endToEnd,10:F0} | {build,5:F0} | {scoring,7:F0} | {(tight ? sql.ToString("F0", CultureInfo.InvariantCulture) : "same"),6} | {(tight ? (sql / scoring).ToString("F2", CultureInfo.InvariantCulture) : "same"),13} | {optimal,7:F0} | {orTools,8:F0} | {optimal / orTools,16:F2} | {(optimum - greedy) / (double)optimum,10:P2}"));
        }

        if (includeStress)
        {
            var input = WorldScenario.Stress(tight: true);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            var engine = EngineInstances.Engine(input);
            var result = engine.Run(AllocationStrategy.Optimal);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Stress tight end to end: {elapsed:F0} ms, {allocated:F0} MB allocated, {EngineInstances.CandidatesPerNeed(engine):F1} candidates per need, {result.Matches.Count} matches, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Prints, per scenario, the input sizes, the candidates per need and the engine's build and scoring times.</summary>
    internal static void DescribeScenarios(TextWriter output)
    {
        foreach (var (name, input) in new[] { ("World tight", WorldScenario.World(true)), ("World loose", WorldScenario.World(false)), ("Stress tight", WorldScenario.Stress(true)) })
        {
            var stopwatch = Stopwatch.StartNew();
            var engine = EngineInstances.Engine(input);
            var built = stopwatch.Elapsed.TotalMilliseconds;
            var candidates = engine.Candidates;
            var scored = stopwatch.Elapsed.TotalMilliseconds - built;
            var capacity = engine.Model.Offerings.Sum(o => (long)o.Capacity);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {input.Needs.Count} needs, {input.Offerings.Count} offerings, {input.Providers.Count} providers, {input.Experts.Count} experts, capacity {capacity} engagements ({capacity / (double)input.Needs.Count:P0} of needs), found {candidates.Found.Average():F1} and kept {EngineInstances.CandidatesPerNeed(engine):F1} candidates per need; build {built:F0} ms, scoring {scored:F0} ms"));
        }
    }

    private static double Median(int repetitions, Action action)
    {
        var times = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[repetitions / 2];
    }
}
