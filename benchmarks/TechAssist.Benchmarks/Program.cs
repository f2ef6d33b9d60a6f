using BenchmarkDotNet.Running;
using TechAssist.Benchmarks.Allocation;

// --quick: the allocation comparison with a stopwatch, under a minute; --stress adds the stress instances.
if (args.Contains("--quick"))
{
    return QuickAllocationComparison.Run(Console.Out, repetitions: 3, includeStress: args.Contains("--stress"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
