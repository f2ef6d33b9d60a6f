using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace TechAssist.Collections;

/// <summary>
/// An immutable array that compares by its elements, so that the records of the model keep value equality
/// when they hold lists.
/// </summary>
/// <remarks>
/// <para>A record compares its fields with their own equality, and <see cref="ImmutableArray{T}"/> compares by
/// reference: two needs with the same assistance types would then differ. This wrapper compares element by element
/// in order, with <see cref="EqualityComparer{T}.Default"/>.</para>
/// <para>Collection expressions build it: <c>EquatableArray&lt;int&gt; values = [1, 2];</c>.</para>
/// <para><c>default(EquatableArray&lt;T&gt;)</c> is the empty array. It serializes to JSON as an array.</para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>; a default array becomes the empty array.</summary>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The elements as an immutable array.</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.IsDefault ? [] : _items.AsSpan();

    /// <inheritdoc />
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps a copy of an array.</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));

    /// <summary>Element-by-element equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Element-by-element inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>An enumerator over the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>The elements, comma separated, in brackets.</summary>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>An array of the given elements.</summary>
    public static EquatableArray<T> Create<T>(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>An array of the elements of a sequence, in order.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items.ToImmutableArray());
    }
}
