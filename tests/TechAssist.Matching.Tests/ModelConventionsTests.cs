using System.Reflection;
using System.Runtime.CompilerServices;
using TechAssist.Collections;

namespace TechAssist.Matching.Tests;

/// <summary>Rules every public type of the package follows, checked by reflection.</summary>
public class ModelConventionsTests
{
    private static readonly Assembly Matching = typeof(MatchingEngine).Assembly;

    [Fact]
    public void PublicResultTypes_HaveNoPublicSetters()
    {
        var setters = Matching.GetExportedTypes()
            .Where(type => type != typeof(MatchingOptions))
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");

        setters.Should().BeEmpty(because: "only the options are mutable, and the engine copies them");
    }

    [Fact]
    public void Assembly_HasNoStaticMutableFields()
    {
        var mutable = Matching.GetTypes()
            .Where(type => !type.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral && !field.Name.Contains('<', StringComparison.Ordinal))
            .Select(field => $"{field.DeclaringType!.FullName}.{field.Name}");

        mutable.Should().BeEmpty(because: "an engine is shared by the threads of a web server");
    }

    [Fact]
    public void EveryEquatableArrayOfTheResults_ReadsBackFromJson()
    {
        var used = Matching.GetExportedTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(property => property.PropertyType)
            .Where(type => type.IsGenericType && !type.ContainsGenericParameters && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .Distinct();

        foreach (var type in used)
        {
            MatchingJson.Options.GetTypeInfo(type).Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable, because: type.ToString());
            MatchingJson.Options.GetTypeInfo(type).CreateObject.Should().BeNull(because: $"{type} is built from its elements, not added to");
            FluentActions.Invoking(() => System.Text.Json.JsonSerializer.Deserialize("[]", MatchingJson.Options.GetTypeInfo(type)))
                .Should().NotThrow(because: $"{type} is held by a result");
        }
    }
}
