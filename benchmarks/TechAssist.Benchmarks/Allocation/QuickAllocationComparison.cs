using System.Diagnostics;
using System.Globalization;
using TechAssist.Matching.Allocation;

namespace TechAssist.Benchmarks.Allocation;

/// <summary>
/// The quick mode (<c>--quick</c>): each solver a few times with a stopwatch on identical world instances, the
/// objectives checked equal, the median times and the managed/OR-Tools ratios printed. Under a minute.
/// </summary>
public static class QuickAllocationComparison
{
    /// <summary>Runs the comparison and writes the table.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="repetitions">Runs per solver and instance.</param>
    /// <param name="includeStress">Whether to time the stress instances too (managed solvers only).</param>
    /// <returns>0 when every objective matched, 1 otherwise.</returns>
    public static int Run(TextWriter output, int repetitions = 3, bool includeStress = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var failures = 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocation, quick mode: {Environment.ProcessorCount} cores, {RuntimeInformationText()}, median of {repetitions} runs"));
        output.WriteLine("instance      | OR-Tools ms | Optimal ms | ratio | Greedy ms | optimum     | greedy gap");
        foreach (var tight in new[] { true, false })
        {
            var name = tight ? "World tight" : "World loose";
            var problem = AllocationInstanceGenerator.World(tight);
            long orTools = 0, optimal = 0, greedy = 0;
            var orTime = Median(repetitions, () => orTools = OrToolsAllocation.MaximumWeight(problem));
            var optimalTime = Median(repetitions, () => optimal = OptimalAllocator.Allocate(problem, null, default).TotalWeight);
            var greedyTime = Median(repetitions, () => greedy = GreedyAllocator.Allocate(problem, null, default).TotalWeight);
            if (orTools != optimal)
            {
                failures++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISMATCH {name}: OR-Tools {orTools}, managed {optimal}"));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-13} | {orTime,11:F1} | {optimalTime,10:F1} | {optimalTime / orTime,5:F2} | {greedyTime,9:F1} | {optimal,11} | {(optimal - greedy) / (double)optimal,9:P2}"));
        }

        if (includeStress)
        {
            foreach (var tight in new[] { true, false })
            {
                var problem = AllocationInstanceGenerator.Stress(tight);
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                var result = OptimalAllocator.Allocate(problem, null, default);
                var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stress {(tight ? "tight" : "loose")}: optimal {elapsed:F0} ms, {allocated:F0} MB allocated, weight {result.TotalWeight}, peak working set {Environment.WorkingSet / (1024 * 1024)} MB"));
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

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
