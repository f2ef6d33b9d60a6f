namespace TechAssist.Tests.Identifiers;

/// <summary>Checks a value type's four comparison operators against two values, low below high.</summary>
internal static class Ordering
{
    internal static void ShouldOrder<T>(T low, T high, Func<T, T, bool> lt, Func<T, T, bool> gt, Func<T, T, bool> le, Func<T, T, bool> ge)
    {
        lt(low, high).Should().BeTrue("low < high");
        lt(high, low).Should().BeFalse("not high < low");
        lt(low, low).Should().BeFalse("not low < low");
        gt(high, low).Should().BeTrue("high > low");
        gt(low, high).Should().BeFalse("not low > high");
        gt(low, low).Should().BeFalse("not low > low");
        le(low, high).Should().BeTrue("low <= high");
        le(low, low).Should().BeTrue("low <= low");
        le(high, low).Should().BeFalse("not high <= low");
        ge(high, low).Should().BeTrue("high >= low");
        ge(low, low).Should().BeTrue("low >= low");
        ge(low, high).Should().BeFalse("not low >= high");
    }
}
