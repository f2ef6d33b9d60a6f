using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TechAssist.Collections;

namespace TechAssist.Serialization.Converters;

/// <summary>An <see cref="EquatableArray{T}"/> as a JSON array, through the metadata of <see cref="ImmutableArray{T}"/>.</summary>
/// <remarks>Registered per element type in <see cref="TechAssistJson"/>: a generic factory would need reflection, which trimming forbids.</remarks>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>, ISchemaDescribingConverter
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array but found {reader.TokenType}.");
        }

        return JsonSerializer.Deserialize(ref reader, ArrayInfo(options));
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.AsImmutableArray(), ArrayInfo(options));

    public JsonNode GetJsonSchema(JsonSerializerOptions options) =>
        ArrayInfo(options).GetJsonSchemaAsNode(new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => JsonSchemas.Describe(context.TypeInfo, node, options),
        });

    private static JsonTypeInfo<ImmutableArray<T>> ArrayInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<ImmutableArray<T>>)options.GetTypeInfo(typeof(ImmutableArray<T>));
}
