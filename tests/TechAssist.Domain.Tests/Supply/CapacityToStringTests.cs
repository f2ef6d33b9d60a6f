using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public sealed class CapacityToStringTests
{
    [Fact]
    public void ToString_NamesTheEngagements_AndTheBudgetWhenThereIsOne()
    {
        new Capacity { Engagements = 3 }.ToString().Should().Be("3 engagements");
        new Capacity { Engagements = 1, Budget = new Budget { Amount = 250000.5m, Currency = CurrencyCode.Parse("EUR") } }.ToString()
            .Should().Be("1 engagements, " + new Budget { Amount = 250000.5m, Currency = CurrencyCode.Parse("EUR") });
    }
}
