using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TechAssist.Collections;

namespace TechAssist.Serialization;

/// <summary>
/// Gives each <see cref="EquatableArray{T}"/> of the model the metadata of an immutable collection, so the serializer
/// reads and writes it as a JSON array and keeps track of paths (<c>$.answers[3].provision</c>) inside it.
/// </summary>
/// <remarks>
/// <para>A host whose own records hold <see cref="EquatableArray{T}"/> of other element types builds one with
/// <see cref="For{T}"/> per element type and chains it before its own context.</para>
/// <para>
/// The source generator cannot build an <see cref="EquatableArray{T}"/> (it has no public constructor from a
/// sequence), and a generic converter factory would need reflection, which trimming forbids: each element type is
/// therefore registered by name.</para>
/// </remarks>
public sealed class EquatableArrayTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories;

    /// <summary>A resolver for the element types registered with <see cref="For{T}"/>.</summary>
    public EquatableArrayTypeInfoResolver(IEnumerable<KeyValuePair<Type, Func<JsonSerializerOptions, JsonTypeInfo>>> registrations) =>
        _factories = registrations.ToFrozenDictionary();

    /// <summary>The registration of <see cref="EquatableArray{T}"/> for one element type; the element type's own metadata comes from the options' resolver.</summary>
    public static KeyValuePair<Type, Func<JsonSerializerOptions, JsonTypeInfo>> For<T>() => new(
        typeof(EquatableArray<T>),
        options => JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableArray<T>, T>(
            options,
            new JsonCollectionInfoValues<EquatableArray<T>> { ElementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)) },
            items => items.ToEquatableArray()));

    /// <summary>The element types registered.</summary>
    internal IEnumerable<Type> Types => _factories.Keys;

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;
}
