using BenchmarkDotNet.Running;
using TechAssist.Benchmarks.Allocation;
using TechAssist.Benchmarks.Matching;

// --quick: the allocation and matching comparisons with a stopwatch, under a minute; --stress adds the stress instances.
// --candidates: the size of each generated scenario and its real candidate count per need.
// --stages: one end-to-end run cut into its stages, with the time and memory of each; --stress adds Stress.
if (args.Contains("--candidates"))
{
    QuickMatchingComparison.DescribeScenarios(Console.Out);
    return 0;
}

if (args.Contains("--stages"))
{
    StageBreakdown.Run(Console.Out, repetitions: 3, includeStress: args.Contains("--stress"));
    return 0;
}

if (args.Contains("--quick"))
{
    var stress = args.Contains("--stress");
    var allocation = QuickAllocationComparison.Run(Console.Out, repetitions: 3, includeStress: stress);
    var matching = QuickMatchingComparison.Run(Console.Out, repetitions: 3, includeStress: stress);
    return allocation | matching;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
