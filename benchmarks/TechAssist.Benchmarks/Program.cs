using BenchmarkDotNet.Running;
using TechAssist.Benchmarks.Allocation;
using TechAssist.Benchmarks.Matching;

// --quick: the allocation and matching comparisons with a stopwatch, under a minute; --stress adds the stress instances.
// --candidates: the size of each generated scenario and its real candidate count per need.
if (args.Contains("--candidates"))
{
    QuickMatchingComparison.DescribeScenarios(Console.Out);
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
