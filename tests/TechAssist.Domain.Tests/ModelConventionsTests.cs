using System.Reflection;
using System.Text.Json;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Serialization;

namespace TechAssist.Tests;

/// <summary>Rules every public type of the package follows, checked by reflection over the assembly.</summary>
public class ModelConventionsTests
{
    private static readonly Assembly Domain = typeof(ConventionCatalogue).Assembly;

    private static IEnumerable<Type> PublicTypes => Domain.GetExportedTypes();

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var setters = PublicTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");

        setters.Should().BeEmpty(because: "model types are immutable: init-only properties, no setters");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes
            .Where(type => type.IsClass && !type.IsSealed && !(type.IsAbstract && type.IsSealed))
            .Select(type => type.Name);

        open.Should().BeEmpty();
    }

    [Fact]
    public void Assembly_HasNoStaticMutableFields()
    {
        // Backing fields of static auto-properties count too (a static { get; set; } is shared mutable state);
        // only types the compiler makes (closures, caches of lambdas, array initializers) are left out.
        var mutable = StaticFields()
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name}");

        mutable.Should().BeEmpty(because: "shared state must be immutable so that a portal can use the library from many threads");
    }

    [Fact]
    public void Assembly_HasNoStaticFieldsOfMutableTypes()
    {
        // A readonly field still shares what it points to: an array, a list or a dictionary could be changed by any thread.
        var mutable = StaticFields()
            .Where(field => !field.IsLiteral && IsMutableCollection(field.FieldType))
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name} ({field.FieldType.Name})");

        mutable.Should().BeEmpty(because: "static data is built once into immutable or frozen collections");
    }

    [Fact]
    public void MutableCollectionCheck_RecognisesArraysListsAndDictionaries()
    {
        IsMutableCollection(typeof(string[])).Should().BeTrue();
        IsMutableCollection(typeof(List<int>)).Should().BeTrue();
        IsMutableCollection(typeof(Dictionary<string, int>)).Should().BeTrue();
        IsMutableCollection(typeof(System.Collections.Immutable.ImmutableArray<string>)).Should().BeFalse();
        IsMutableCollection(typeof(System.Collections.Frozen.FrozenDictionary<string, int>)).Should().BeFalse();
        IsMutableCollection(typeof(EquatableArray<int>)).Should().BeFalse();
        IsMutableCollection(typeof(string)).Should().BeFalse();
    }

    private static IEnumerable<FieldInfo> StaticFields() => Domain.GetTypes()
        .Where(type => !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
            && !type.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal))
        .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)
                || definition == typeof(SortedDictionary<,>) || definition == typeof(SortedSet<>) || definition == typeof(Queue<>)
                || definition == typeof(Stack<>) || definition == typeof(System.Collections.Concurrent.ConcurrentDictionary<,>)))
        || type == typeof(System.Text.StringBuilder);

    [Fact]
    public void EveryEquatableArrayInTheModel_IsRegisteredForJson()
    {
        var used = PublicTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(property => property.PropertyType)
            .Where(type => type.IsGenericType && !type.ContainsGenericParameters && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .Distinct();

        foreach (var type in used)
        {
            FluentActions.Invoking(() => TechAssistJson.Options.GetTypeInfo(type)).Should().NotThrow(because: $"{type} is held by the model");
            TechAssistJson.Options.GetTypeInfo(type).Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable);
        }
    }

    [Fact]
    public void EveryPublicEnum_RefusesUndefinedValuesInJson()
    {
        foreach (var type in PublicTypes.Where(type => type.IsEnum))
        {
            var info = TechAssistJson.Options.GetTypeInfo(type);
            var act = () => JsonSerializer.Deserialize("\"NotAValue\"", info);

            act.Should().Throw<JsonException>(because: $"{type.Name} must name the bad value").WithMessage($"'NotAValue' is not a {type.Name}*");
        }
    }
}
