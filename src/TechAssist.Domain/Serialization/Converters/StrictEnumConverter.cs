using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TechAssist.Serialization.Converters;

/// <summary>
/// An enum as its name. Unlike the serializer's own string-enum converter it refuses numbers and undefined values,
/// and its error names the value and lists the valid names.
/// </summary>
/// <remarks>Put on each enum of the model with <c>[JsonConverter(typeof(StrictEnumConverter&lt;T&gt;))]</c>.</remarks>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, ISchemaDescribingConverter
    where TEnum : struct, Enum
{
    private static readonly string ValidNames = string.Join(", ", Enum.GetNames<TEnum>());

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} as a string ({ValidNames}) but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        if (!char.IsAsciiLetter(text.FirstOrDefault()) || !Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !Enum.IsDefined(value))
        {
            throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}: expected one of {ValidNames}.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(value.ToString());
    }

    public JsonNode GetJsonSchema(JsonSerializerOptions options) =>
        new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames<TEnum>().Select(name => (JsonNode?)name)]) };
}
