using System.Collections.Immutable;
using TechAssist.Collections;

namespace TechAssist.Tests.Collections;

public class EquatableArrayTests
{
    [Fact]
    public void Equality_IsElementByElementInOrder()
    {
        EquatableArray<int> a = [1, 2, 3];
        var b = EquatableArray.Create(1, 2, 3);
        EquatableArray<int> reordered = [3, 2, 1];

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != reordered).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmpty()
    {
        EquatableArray<string> empty = default;

        empty.Count.Should().Be(0);
        empty.IsEmpty.Should().BeTrue();
        empty.Should().BeEmpty();
        (empty == new EquatableArray<string>(ImmutableArray<string>.Empty)).Should().BeTrue();
        empty.AsImmutableArray().IsDefault.Should().BeFalse();
        empty.ToString().Should().Be("[]");
    }

    [Fact]
    public void Records_HoldingArrays_CompareByValue()
    {
        var first = new Holder { Items = ["a", "b"] };
        var second = new Holder { Items = new[] { "a", "b" } };

        first.Should().Be(second);
        (first with { Items = ["a"] }).Should().NotBe(second);
    }

    [Fact]
    public void FromArray_CopiesSoTheCallerCannotChangeIt()
    {
        var source = new[] { 1, 2 };
        EquatableArray<int> copy = source;
        source[0] = 9;

        copy[0].Should().Be(1);
        copy.ToString().Should().Be("[1, 2]");
    }

    private sealed record Holder
    {
        public EquatableArray<string> Items { get; init; }
    }
}
