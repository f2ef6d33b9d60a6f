namespace TechAssist.Tests.Testing;

/// <summary>Checks the whole equality, hashing and ordering contract of a value type in one call.</summary>
internal static class ValueContract
{
    /// <summary>
    /// <paramref name="value"/> and <paramref name="equal"/> are equal but distinct instances; <paramref name="greater"/> sorts after them.
    /// </summary>
    internal static void AssertEqualityAndOrdering<T>(T value, T equal, T greater)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        value.Equals(equal).Should().BeTrue();
        value.Equals((object)equal).Should().BeTrue();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        value.Equals(greater).Should().BeFalse();
        value.Equals((object?)null).Should().BeFalse();
        value.CompareTo(equal).Should().Be(0);
        value.CompareTo(greater).Should().BeNegative();
        greater.CompareTo(value).Should().BePositive();
        Comparer<T>.Default.Compare(value, greater).Should().BeNegative();
    }
}
