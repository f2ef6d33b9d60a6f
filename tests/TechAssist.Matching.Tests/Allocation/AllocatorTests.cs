using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class AllocatorTests
{
    private static readonly AllocationStrategy[] Strategies =
        [AllocationStrategy.Greedy, AllocationStrategy.Optimal, AllocationStrategy.CoverageFirst, AllocationStrategy.Fair];

    [Fact]
    public void Allocate_EveryStrategy_ReportsProgressUpToOne()
    {
        var (problem, _) = RandomAllocationProblems.Create(new Random(1), 100, 10, 0.3, 100, 4, groups: 3);

        foreach (var strategy in Strategies)
        {
            var reports = new SynchronousProgress();
            Allocator.Allocate(problem, strategy, progress: reports);

            reports.Items.Should().NotBeEmpty();
            reports.Items.Should().OnlyContain(p => p.Fraction >= 0 && p.Fraction <= 1);
            reports.Items[^1].Fraction.Should().Be(1.0);
            var expectedPhase = strategy == AllocationStrategy.Greedy ? AllocationPhase.Greedy : AllocationPhase.Optimising;
            reports.Items[^1].Phase.Should().Be(expectedPhase);
            if (strategy == AllocationStrategy.Fair)
            {
                reports.Items.Should().Contain(p => p.Phase == AllocationPhase.FairnessSearch);
            }
        }
    }

    [Fact]
    public void Allocate_CancelledBeforeStart_Throws()
    {
        var (problem, _) = RandomAllocationProblems.Create(new Random(2), 50, 5, 0.5, 100, 4, groups: 2);
        using var source = new CancellationTokenSource();
        source.Cancel();

        foreach (var strategy in Strategies)
        {
            var act = () => Allocator.Allocate(problem, strategy, cancellationToken: source.Token);
            act.Should().Throw<OperationCanceledException>();
        }
    }

    [Fact]
    public void Allocate_CancelledDuringTheRun_StopsWithTheException()
    {
        // The token is cancelled from the first progress report, in the middle of the scaling phases.
        var (problem, _) = RandomAllocationProblems.Create(new Random(4), 300, 20, 0.3, 1000, 6, groups: 2);

        foreach (var strategy in new[] { AllocationStrategy.Optimal, AllocationStrategy.CoverageFirst, AllocationStrategy.Fair })
        {
            using var source = new CancellationTokenSource();
            var cancelling = new SynchronousProgress(source.Cancel);
            var act = () => Allocator.Allocate(problem, strategy, progress: cancelling, cancellationToken: source.Token);

            act.Should().Throw<OperationCanceledException>();
            cancelling.Items.Should().HaveCount(1, "the run stops at the first check after the cancellation");
        }
    }

    [Fact]
    public void Allocate_UnknownStrategy_Throws()
    {
        var problem = AllocationProblem.Create(1, [1], [new(0, 0, 1)]);

        var act = () => Allocator.Allocate(problem, (AllocationStrategy)9);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class SynchronousProgress(Action? onReport = null) : IProgress<AllocationProgress>
    {
        public List<AllocationProgress> Items { get; } = [];

        public void Report(AllocationProgress value)
        {
            Items.Add(value);
            onReport?.Invoke();
        }
    }
}
