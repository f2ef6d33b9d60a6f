using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TechAssist.Serialization;

/// <summary>
/// An enum as its name. Unlike the serializer's own string-enum converter it refuses numbers and undefined values,
/// and its error names the value and lists the valid names.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>Every enum of the TechAssist model carries it through <c>[JsonConverter(typeof(StrictEnumConverter&lt;T&gt;))]</c>; a host may use it for its own enums.</remarks>
public sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, ISchemaDescribingConverter
    where TEnum : struct, Enum
{
    private static readonly string ValidNames = string.Join(", ", Enum.GetNames<TEnum>());

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} as a string ({ValidNames}) but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        if (!char.IsAsciiLetter(text.FirstOrDefault()) || !Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !Enum.IsDefined(value))
        {
            throw new JsonValueException(text, $"'{text}' is not a {typeof(TEnum).Name}: expected one of {ValidNames}.");
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(value.ToString());
    }

    JsonNode ISchemaDescribingConverter.GetJsonSchema(JsonSerializerOptions options) =>
        new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames<TEnum>().Select(name => (JsonNode?)name)]) };
}
