using System.Text.Json;
using System.Text.Json.Serialization;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Serialization.Converters;

/// <summary>
/// Catalogue entries are references: they are written in full for readers, and read back by their key from the
/// embedded catalogue, so a document cannot redefine an article or a State.
/// </summary>
internal abstract class CatalogueEntryConverter<T> : JsonConverter<T>
    where T : class
{
    protected abstract string KeyName { get; }

    protected abstract T Lookup(string key);

    protected abstract void WriteBody(Utf8JsonWriter writer, T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object with \"{KeyName}\" but found {reader.TokenType}.");
        }

        string? key = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == KeyName)
            {
                key = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => reader.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => throw new JsonException($"\"{KeyName}\" must be a string or a number."),
                };
            }
            else
            {
                reader.Skip();
            }
        }

        return key is null ? throw new JsonException($"\"{KeyName}\" is missing.") : Lookup(key);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }
}

internal sealed class ArticleJsonConverter : CatalogueEntryConverter<Article>
{
    protected override string KeyName => "number";

    protected override Article Lookup(string key) =>
        ArticleNumber.TryParse(key, out var number)
            ? ConventionCatalogue.GetArticle(number)
            : throw new JsonValueException(key, $"'{key}' is not an article number from 1 to 71.");

    protected override void WriteBody(Utf8JsonWriter writer, Article value)
    {
        writer.WriteString("number", value.Number.ToString());
        writer.WriteString("title", value.Title);
        writer.WriteString("chapter", value.Chapter.ToString());
        writer.WriteString("obligation", value.Obligation.ToString());
    }
}

internal sealed class ChapterJsonConverter : CatalogueEntryConverter<Chapter>
{
    protected override string KeyName => "number";

    protected override Chapter Lookup(string key) =>
        ChapterNumber.TryParse(key, out var number)
            ? ConventionCatalogue.GetChapter(number)
            : throw new JsonValueException(key, $"'{key}' is not a chapter from I to VIII.");

    protected override void WriteBody(Utf8JsonWriter writer, Chapter value)
    {
        writer.WriteString("number", value.Number.ToString());
        writer.WriteString("title", value.Title);
        writer.WriteString("firstArticle", value.FirstArticle.ToString());
        writer.WriteString("lastArticle", value.LastArticle.ToString());
    }
}

internal sealed class StateJsonConverter : CatalogueEntryConverter<State>
{
    protected override string KeyName => "code";

    protected override State Lookup(string key) =>
        CountryCode.TryParse(key, out var code) && StateCatalogue.TryGet(code, out var state)
            ? state
            : throw new JsonValueException(key, $"'{key}' is not the code of a State in the catalogue of 195 States.");

    protected override void WriteBody(Utf8JsonWriter writer, State value)
    {
        writer.WriteString("code", value.Code.Value);
        writer.WriteString("name", value.Name);
        writer.WriteString("status", value.Status.ToString());
        if (value.Note is not null)
        {
            writer.WriteString("note", value.Note);
        }
    }
}
