using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TechAssist.Serialization.Converters;

/// <summary>Writes a small value as a JSON string and reads it back through its validating parser.</summary>
/// <remarks>Also used for property names, so that dictionaries keyed by these values serialize as objects.</remarks>
internal abstract class StringValueConverter<T> : JsonConverter<T>, ISchemaDescribingConverter
{
    /// <summary>What a valid value looks like, for the error message.</summary>
    protected abstract string Expected { get; }

    /// <summary>A regular expression for the JSON Schema; the default accepts any identifier (1 to 100 characters, no white space).</summary>
    protected virtual string Pattern => @"^\S{1,100}$";

    protected abstract bool TryParse(string text, out T value);

    protected abstract string Format(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string ({Expected}) but found {reader.TokenType}.");
        }

        return Parse(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    public JsonNode GetJsonSchema(JsonSerializerOptions options) =>
        new JsonObject { ["type"] = "string", ["pattern"] = Pattern, ["description"] = char.ToUpperInvariant(Expected[0]) + Expected[1..] + "." };

    private T Parse(string text) =>
        TryParse(text, out var value) ? value : throw new JsonValueException(text, $"'{text}' is not valid here: expected {Expected}.");
}
