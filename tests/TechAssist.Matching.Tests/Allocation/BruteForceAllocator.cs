using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

/// <summary>
/// The exhaustive reference for tiny instances: every need takes one of its edges or none, every combination that
/// respects the capacities (and the cap per State) is scored. Exponential: only for a handful of needs.
/// </summary>
internal static class BruteForceAllocator
{
    /// <summary>The best value of every allocation under each objective.</summary>
    internal readonly record struct Optima(long MaxWeight, (int Served, long Weight) CoverageFirst, (double MinCoverage, long Weight) Fair);

    public static Optima Solve(AllocationProblem problem, int? maxServedPerState = null)
    {
        var room = (int[])problem.Capacities.Clone();
        var servedPerState = new int[Math.Max(1, problem.StateCount)];
        var servedPerGroup = new int[Math.Max(1, problem.GroupCount)];
        var groupSize = new int[Math.Max(1, problem.GroupCount)];
        foreach (var g in problem.NeedGroup)
        {
            if (g >= 0)
            {
                groupSize[g]++;
            }
        }

        long maxWeight = 0;
        (int Served, long Weight) coverage = (0, 0);
        (double MinCoverage, long Weight) fair = (-1, 0);

        void Visit(int need, int served, long weight)
        {
            if (need == problem.NeedCount)
            {
                maxWeight = Math.Max(maxWeight, weight);
                if (served > coverage.Served || (served == coverage.Served && weight > coverage.Weight))
                {
                    coverage = (served, weight);
                }

                var minCoverage = 1.0;
                for (var g = 0; g < problem.GroupCount; g++)
                {
                    if (groupSize[g] > 0)
                    {
                        minCoverage = Math.Min(minCoverage, servedPerGroup[g] / (double)groupSize[g]);
                    }
                }

                if (minCoverage > fair.MinCoverage + 1e-12 || (Math.Abs(minCoverage - fair.MinCoverage) <= 1e-12 && weight > fair.Weight))
                {
                    fair = (minCoverage, weight);
                }

                return;
            }

            Visit(need + 1, served, weight);
            var state = problem.NeedState[need];
            if (state >= 0 && maxServedPerState is { } cap && servedPerState[state] >= cap)
            {
                return;
            }

            var group = problem.NeedGroup[need];
            for (var e = problem.EdgeStart[need]; e < problem.EdgeStart[need + 1]; e++)
            {
                var supplier = problem.EdgeSupplier[e];
                if (room[supplier] == 0)
                {
                    continue;
                }

                room[supplier]--;
                if (state >= 0)
                {
                    servedPerState[state]++;
                }

                if (group >= 0)
                {
                    servedPerGroup[group]++;
                }

                Visit(need + 1, served + 1, weight + problem.EdgeWeight[e]);
                room[supplier]++;
                if (state >= 0)
                {
                    servedPerState[state]--;
                }

                if (group >= 0)
                {
                    servedPerGroup[group]--;
                }
            }
        }

        Visit(0, 0, 0);
        return new Optima(maxWeight, coverage, fair);
    }
}
