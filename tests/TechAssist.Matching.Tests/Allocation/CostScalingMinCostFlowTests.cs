using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class CostScalingMinCostFlowTests
{
    [Fact]
    public void Solve_TwoRoutes_FillsTheCheaperFirst()
    {
        // 3 units from node 0 to node 2: route 0→2 directly (capacity 2, cost 5 each) or 0→1→2 (capacity 2,
        // costs 1 + 1 = 2 each). Cheapest: 2 units by node 1 (4) and 1 unit direct (5): total 9.
        var network = new FlowNetwork(3);
        var direct = network.AddArc(0, 2, 2, 5);
        var first = network.AddArc(0, 1, 2, 1);
        var second = network.AddArc(1, 2, 2, 1);
        network.Supplies[0] = 3;
        network.Supplies[2] = -3;
        var solver = new CostScalingMinCostFlow(network);

        solver.Solve(null, AllocationPhase.Optimising, default).Should().Be(9);

        solver.Flow(direct).Should().Be(1);
        solver.Flow(first).Should().Be(2);
        solver.Flow(second).Should().Be(2);
    }

    [Fact]
    public void Solve_NoFeasibleFlow_Throws()
    {
        // Node 0 must send 2 units over an arc of capacity 1.
        var network = new FlowNetwork(2);
        network.AddArc(0, 1, 1, 3);
        network.Supplies[0] = 2;
        network.Supplies[1] = -2;

        var act = () => new CostScalingMinCostFlow(network).Solve(null, AllocationPhase.Optimising, default);

        act.Should().Throw<InvalidOperationException>().WithMessage("the network has no feasible flow");
    }

    [Fact]
    public void Create_SuppliesNotBalanced_Throws()
    {
        var network = new FlowNetwork(2);
        network.Supplies[0] = 1;

        var act = () => new CostScalingMinCostFlow(network);

        act.Should().Throw<ArgumentException>().WithMessage("the supplies sum to 1, not zero*");
    }

    [Fact]
    public void Create_CostsTooLargeForExactScaling_Throws()
    {
        var network = new FlowNetwork(2);
        network.AddArc(0, 1, 1, long.MaxValue / 10);

        var act = () => new CostScalingMinCostFlow(network);

        act.Should().Throw<OverflowException>();
    }
}
