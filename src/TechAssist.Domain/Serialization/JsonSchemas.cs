using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Serialization;

/// <summary>Fills in the schemas of the types that custom converters write, which the exporter cannot see into.</summary>
internal static class JsonSchemas
{
    internal static JsonNode Describe(JsonTypeInfo typeInfo, JsonNode node, JsonSerializerOptions options)
    {
        var described = DescribeType(typeInfo, node, options);

        // A null default stands for a value the [JsonConstructor] fills in (an offering's default eligibility): not null.
        if (described is JsonObject withDefault && withDefault.TryGetPropertyValue("default", out var value) && value is null)
        {
            withDefault.Remove("default");
        }

        // The exporter does not transform a property whose constructor parameter has a default (a scope level, a
        // funding status): it leaves only the default. Describe such a property here, from its owner.
        if (typeInfo.Kind == JsonTypeInfoKind.Object && described is JsonObject { } owner && owner["properties"] is JsonObject properties)
        {
            foreach (var property in typeInfo.Properties)
            {
                if (properties[property.Name] is JsonObject { Count: 1 } bare && bare["default"] is { } defaultValue
                    && DescribeType(options.GetTypeInfo(property.PropertyType), bare, options) is JsonObject schema && !ReferenceEquals(schema, bare))
                {
                    schema["default"] = defaultValue.DeepClone();
                    properties[property.Name] = schema;
                }
            }
        }

        return described;
    }

    private static JsonNode DescribeType(JsonTypeInfo typeInfo, JsonNode node, JsonSerializerOptions options)
    {
        if (typeInfo.Converter is ISchemaDescribingConverter describing)
        {
            return describing.GetJsonSchema(options);
        }

        if (Nullable.GetUnderlyingType(typeInfo.Type) is { } underlying
            && options.GetTypeInfo(underlying).Converter is ISchemaDescribingConverter describingUnderlying)
        {
            return AllowNull(describingUnderlying.GetJsonSchema(options));
        }

        return Describe(typeInfo.Type, node);
    }

    internal static JsonNode Describe(Type type, JsonNode node)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return AllowNull(Describe(underlying, node));
        }

        return type switch
        {
            _ when type == typeof(LocalDate) => Format("date", "An ISO 8601 calendar date."),
            _ when type == typeof(Instant) => Format("date-time", "An ISO 8601 instant in UTC."),
            _ when type == typeof(DateInterval) => DateIntervalSchema(),
            _ when type == typeof(Article) || type == typeof(Chapter) || type == typeof(State) => CatalogueEntry(type),
            _ => node,
        };
    }

    private static JsonNode AllowNull(JsonNode schema)
    {
        if (schema is JsonObject described)
        {
            if (described["type"] is JsonValue single)
            {
                described["type"] = new JsonArray(single.GetValue<string>(), "null");
            }

            if (described["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        return schema;
    }

    private static JsonObject Format(string format, string description) =>
        new() { ["type"] = "string", ["format"] = format, ["description"] = description };

    private static JsonObject DateIntervalSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "An inclusive range of calendar dates.",
        ["properties"] = new JsonObject { ["start"] = Format("date", "The first day."), ["end"] = Format("date", "The last day.") },
        ["required"] = new JsonArray("start", "end"),
    };

    private static JsonObject CatalogueEntry(Type type) => new()
    {
        ["type"] = "object",
        ["description"] = $"A {type.Name} of the embedded catalogue, read back by its key.",
        ["required"] = new JsonArray(type == typeof(State) ? "code" : "number"),
    };
}

/// <summary>A converter that knows the schema of what it writes.</summary>
internal interface ISchemaDescribingConverter
{
    JsonNode GetJsonSchema(JsonSerializerOptions options);
}
