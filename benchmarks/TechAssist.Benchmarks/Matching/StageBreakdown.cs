using System.Diagnostics;
using System.Globalization;
using TechAssist.Matching;
using TechAssist.Matching.Allocation;
using TechAssist.Matching.Engine;

namespace TechAssist.Benchmarks.Matching;

/// <summary>
/// The <c>--stages</c> mode: one end-to-end run cut into the engine's stages (build, scoring, allocation problem,
/// optimal allocation, result with explanations, matrix), each with its time and the bytes it allocated, so that a
/// target missed end to end points at the stage to work on. A stopwatch profile, not a benchmark: one warm-up run,
/// then the median of a few.
/// </summary>
internal static class StageBreakdown
{
    private static readonly string[] StageNames = ["build", "scoring", "problem", "optimal", "result", "matrix"];

    internal static void Run(TextWriter output, int repetitions, bool includeStress)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stages of one end-to-end run: {Environment.ProcessorCount} cores, median of {repetitions} runs after a warm-up; ms, and MB allocated"));
        output.WriteLine("instance     | " + string.Join(" | ", StageNames.Select(s => $"{s,15}")) + " |           total");
        var instances = new List<(string Name, Func<MatchingInput> Input)>
        {
            ("World tight", () => WorldScenario.World(tight: true)),
            ("World loose", () => WorldScenario.World(tight: false)),
        };
        if (includeStress)
        {
            instances.Add(("Stress tight", () => WorldScenario.Stress(tight: true)));
        }

        foreach (var (name, create) in instances)
        {
            var input = create();
            var runs = Enumerable.Range(0, repetitions + 1).Select(_ => Measure(input)).Skip(1).ToArray();
            var cells = new List<string>();
            for (var stage = 0; stage <= StageNames.Length; stage++)
            {
                var times = runs.Select(r => r.Milliseconds[stage]).Order().ToArray();
                var bytes = runs.Select(r => r.Megabytes[stage]).Order().ToArray();
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{times[times.Length / 2],6:F0} ms {bytes[bytes.Length / 2],5:F0} MB"));
            }

            output.WriteLine($"{name,-12} | " + string.Join(" | ", cells));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
    }

    private static (double[] Milliseconds, double[] Megabytes) Measure(MatchingInput input)
    {
        var milliseconds = new double[StageNames.Length + 1];
        var megabytes = new double[StageNames.Length + 1];
        var stage = 0;
        var stopwatch = new Stopwatch();
        long allocatedBefore = 0;

        void Start()
        {
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            stopwatch.Restart();
        }

        void Stop()
        {
            milliseconds[stage] = stopwatch.Elapsed.TotalMilliseconds;
            megabytes[stage] = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
            milliseconds[StageNames.Length] += milliseconds[stage];
            megabytes[StageNames.Length] += megabytes[stage];
            stage++;
        }

        Start();
        var engine = EngineInstances.Engine(input);
        Stop();
        Start();
        var candidates = engine.Candidates;
        Stop();
        Start();
        var problem = EngineInstances.Problem(engine);
        Stop();
        Start();
        var allocation = OptimalAllocator.Allocate(problem, null, default);
        Stop();
        Start();
        var result = ResultWriter.Write(engine.Model, candidates, allocation, AllocationStrategy.Optimal);
        Stop();
        Start();
        _ = engine.BuildMatrix(result);
        Stop();
        return (milliseconds, megabytes);
    }
}
