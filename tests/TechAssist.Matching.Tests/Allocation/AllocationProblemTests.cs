using TechAssist.Matching.Allocation;

namespace TechAssist.Matching.Tests.Allocation;

public class AllocationProblemTests
{
    [Fact]
    public void Create_EdgesInAnyOrder_AreStoredByNeedThenSupplier()
    {
        var problem = AllocationProblem.Create(3, [1, 1, 1], [new(2, 0, 4), new(0, 2, 3), new(0, 1, 2), new(2, 1, 1)]);

        problem.EdgeStart.Should().Equal(0, 2, 2, 4);
        problem.EdgeSupplier.Should().Equal(1, 2, 0, 1);
        problem.EdgeWeight.Should().Equal(2, 3, 4, 1);
        problem.NeedGroup.Should().Equal(-1, -1, -1);
        problem.WeightUpperBound().Should().Be(3 + 0 + 4);
    }

    [Fact]
    public void Create_RepeatedEdge_Throws()
    {
        var act = () => AllocationProblem.Create(1, [1], [new(0, 0, 1), new(0, 0, 2)]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 0) is listed twice*");
    }

    [Fact]
    public void Create_WeightNotPositive_Throws()
    {
        var act = () => AllocationProblem.Create(1, [1], [new(0, 0, 0)]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 0) has weight 0: weights must be greater than zero*");
    }

    [Fact]
    public void Create_EdgeOutOfRange_Throws()
    {
        var act = () => AllocationProblem.Create(1, [1], [new(0, 1, 5)]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 1) is out of range: 1 needs, 1 suppliers*");
    }

    [Fact]
    public void Create_NegativeCapacity_Throws()
    {
        var act = () => AllocationProblem.Create(1, [-1], []);

        act.Should().Throw<ArgumentException>().WithMessage("capacity -1 is negative*");
    }

    [Fact]
    public void Create_GroupOutOfRange_Throws()
    {
        var act = () => AllocationProblem.Create(2, [1], [], needGroups: [0, 2], groupCount: 2);

        act.Should().Throw<ArgumentException>().WithMessage("label 2 is out of range -1..1*");
    }

    [Fact]
    public void Create_WrongNumberOfStates_Throws()
    {
        var act = () => AllocationProblem.Create(2, [1], [], needStates: [0], stateCount: 1);

        act.Should().Throw<ArgumentException>().WithMessage("1 labels for 2 needs*");
    }

    [Fact]
    public void FromRows_CanonicalRows_AreTakenAsTheyAre()
    {
        int[] start = [0, 2, 2, 4];
        int[] supplier = [1, 2, 0, 1];
        int[] weight = [2, 3, 4, 1];

        var problem = AllocationProblem.FromRows([1, 1, 1], start, supplier, weight, needStates: [0, -1, 1], stateCount: 2);

        problem.NeedCount.Should().Be(3);
        problem.EdgeStart.Should().BeSameAs(start);
        problem.EdgeSupplier.Should().BeSameAs(supplier);
        problem.EdgeWeight.Should().BeSameAs(weight);
        problem.NeedState.Should().Equal(0, -1, 1);
        problem.NeedGroup.Should().Equal(-1, -1, -1);
        problem.WeightUpperBound().Should().Be(3 + 0 + 4);
    }

    [Fact]
    public void FromRows_SameEdgesAsCreate_GiveTheSameProblem()
    {
        var created = AllocationProblem.Create(3, [2, 1, 1], [new(2, 0, 4), new(0, 2, 3), new(0, 1, 2), new(2, 1, 1), new(1, 0, 7)]);

        var rows = AllocationProblem.FromRows([2, 1, 1], [.. created.EdgeStart], [.. created.EdgeSupplier], [.. created.EdgeWeight]);

        rows.EdgeStart.Should().Equal(0, 2, 3, 5);
        rows.EdgeSupplier.Should().Equal(created.EdgeSupplier);
        rows.EdgeWeight.Should().Equal(created.EdgeWeight);
        rows.Capacities.Should().Equal(2, 1, 1);
    }

    [Fact]
    public void FromRows_SuppliersOutOfOrder_Throws()
    {
        var act = () => AllocationProblem.FromRows([1, 1], [0, 2], [1, 0], [5, 5]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 0) comes after supplier 1: rows must be in supplier order*");
    }

    [Fact]
    public void FromRows_RepeatedSupplier_Throws()
    {
        var act = () => AllocationProblem.FromRows([1], [0, 2], [0, 0], [5, 6]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 0) is listed twice*");
    }

    [Fact]
    public void FromRows_OffsetsThatDoNotCoverTheEdges_Throw()
    {
        var act = () => AllocationProblem.FromRows([1], [0, 1], [0, 0], [5, 6]);

        act.Should().Throw<ArgumentException>().WithMessage("the rows do not describe 2 edges with 2 weights*");
    }

    [Fact]
    public void FromRows_RowThatEndsBeforeItStarts_Throws()
    {
        var act = () => AllocationProblem.FromRows([1, 1], [0, 2, 1, 2], [0, 1], [5, 6]);

        act.Should().Throw<ArgumentException>().WithMessage("row 1 ends before it starts*");
    }

    [Fact]
    public void FromRows_WeightNotPositive_Throws()
    {
        var act = () => AllocationProblem.FromRows([1], [0, 1], [0], [0]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 0) has weight 0: weights must be greater than zero*");
    }

    [Fact]
    public void FromRows_SupplierOutOfRange_Throws()
    {
        var act = () => AllocationProblem.FromRows([1], [0, 1], [3], [2]);

        act.Should().Throw<ArgumentException>().WithMessage("edge (0, 3) is out of range: 1 needs, 1 suppliers*");
    }
}
