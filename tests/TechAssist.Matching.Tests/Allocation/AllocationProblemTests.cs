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
}
