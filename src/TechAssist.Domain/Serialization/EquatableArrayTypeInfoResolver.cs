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
/// The source generator cannot build an <see cref="EquatableArray{T}"/> (it has no public constructor from a
/// sequence), and a generic converter factory would need reflection, which trimming forbids: each element type is
/// therefore registered here by name.
/// </remarks>
internal sealed class EquatableArrayTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories;

    internal EquatableArrayTypeInfoResolver(IEnumerable<KeyValuePair<Type, Func<JsonSerializerOptions, JsonTypeInfo>>> factories) =>
        _factories = factories.ToFrozenDictionary();

    /// <summary>The registration of <see cref="EquatableArray{T}"/> for one element type.</summary>
    internal static KeyValuePair<Type, Func<JsonSerializerOptions, JsonTypeInfo>> For<T>() => new(
        typeof(EquatableArray<T>),
        options => JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableArray<T>, T>(
            options,
            new JsonCollectionInfoValues<EquatableArray<T>> { ElementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)) },
            items => items.ToEquatableArray()));

    /// <summary>The element types registered.</summary>
    internal IEnumerable<Type> Types => _factories.Keys;

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _factories.TryGetValue(type, out var factory) ? factory(options) : null;
}
