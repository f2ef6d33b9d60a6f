using TechAssist.Reviews;

namespace TechAssist.Tests.Reviews;

public class RateTests
{
    [Theory]
    [InlineData(70, 127, 55)]
    [InlineData(11, 35, 31)]
    [InlineData(13, 31, 42)]
    [InlineData(1, 8, 13)] // 12.5 rounds away from zero
    [InlineData(1, 200, 1)] // 0.5 rounds away from zero
    [InlineData(0, 5, 0)]
    public void RoundedPercent_RoundsHalfAwayFromZero(int numerator, int denominator, int expected) =>
        Rate.From(numerator, denominator).RoundedPercent.Should().Be(expected);

    [Fact]
    public void Percent_WithDecimals_AndOverNothing()
    {
        Rate.From(70, 127).Percent(1).Should().Be(55.1m);
        Rate.From(0, 0).RoundedPercent.Should().BeNull();
        Rate.From(0, 0).ToString().Should().Be("0/0");
        Rate.From(70, 127).ToString().Should().Be("70/127 (55%)");
    }

    [Fact]
    public void From_RejectsImpossibleRates()
    {
        FluentActions.Invoking(() => Rate.From(-1, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Rate.From(4, 3)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
