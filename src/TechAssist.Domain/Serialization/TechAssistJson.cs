using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Serialization;

/// <summary>
/// Reads and writes the TechAssist.Domain model as JSON with source-generated metadata: no reflection, safe for
/// trimmed and AOT hosts.
/// </summary>
/// <remarks>
/// <para>A host that has its own <see cref="JsonSerializerOptions"/> (an ASP.NET portal) chains
/// <see cref="TypeInfoResolver"/> and adds <see cref="Converters"/>, or simply uses <see cref="Options"/>.</para>
/// <para>Property names are camelCase, enums are strings, dates are ISO 8601 (<c>2008-12-18</c>), provisions are
/// compact codes (<c>"52(1)(a)"</c>). Everything here is thread-safe.</para>
/// <para>Limits, so that a hostile upload cannot exhaust the host: documents nest at most <see cref="MaxDepth"/> levels
/// and are at most <see cref="MaxDocumentBytes"/> long; beyond either, reading gives a problem, not an exception. A
/// property given twice in one object is a problem too.</para>
/// </remarks>
public static class TechAssistJson
{
    /// <summary>How deep the JSON this package reads may nest: 64 levels of objects and arrays.</summary>
    /// <remarks>The model's documents nest fewer than 10 levels; deeper input is refused with a problem at the path where it passes the limit.</remarks>
    public const int MaxDepth = 64;

    /// <summary>The largest document <see cref="Deserialize{T}(string)"/> and <see cref="DeserializeAsync{T}"/> read: 64 MiB of UTF-8.</summary>
    /// <remarks>
    /// A larger document is refused with one problem at <c>$</c> that gives its size, before it is parsed (a string) or
    /// as soon as the limit is passed (a stream, which is then not read further), so that it cannot run the host out of
    /// memory. A host with other needs applies its own limit before calling.
    /// </remarks>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>The converters the model needs beyond the generated metadata: the NodaTime types.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        NodaConverters.LocalDateConverter,
        NodaConverters.InstantConverter,
        NodaConverters.IntervalConverter,
        NodaConverters.DateIntervalConverter,
    ];

    /// <summary>Every <see cref="EquatableArray{T}"/> the model holds, by element type.</summary>
    internal static EquatableArrayTypeInfoResolver Arrays { get; } = new(
    [
        EquatableArrayTypeInfoResolver.For<Article>(),
        EquatableArrayTypeInfoResolver.For<Chapter>(),
        EquatableArrayTypeInfoResolver.For<State>(),
        EquatableArrayTypeInfoResolver.For<RegionalGroup>(),
        EquatableArrayTypeInfoResolver.For<RegionalGroupAssignment>(),
        EquatableArrayTypeInfoResolver.For<ConventionStatus>(),
        EquatableArrayTypeInfoResolver.For<ValidationProblem>(),
        EquatableArrayTypeInfoResolver.For<ProvisionReference>(),
        EquatableArrayTypeInfoResolver.For<CountryCode>(),
        EquatableArrayTypeInfoResolver.For<PartyId>(),
        EquatableArrayTypeInfoResolver.For<ThematicArea>(),
        EquatableArrayTypeInfoResolver.For<AssistanceType>(),
        EquatableArrayTypeInfoResolver.For<AssistanceTypeInfo>(),
        EquatableArrayTypeInfoResolver.For<Supply.ProviderId>(),
        EquatableArrayTypeInfoResolver.For<Checklists.Checklist>(),
        EquatableArrayTypeInfoResolver.For<Checklists.ChecklistItem>(),
        EquatableArrayTypeInfoResolver.For<Checklists.ChecklistItemDocument>(),
        EquatableArrayTypeInfoResolver.For<Checklists.ObstacleCode>(),
        EquatableArrayTypeInfoResolver.For<Checklists.ChecklistAnswer>(),
        EquatableArrayTypeInfoResolver.For<Checklists.AssistanceReceived>(),
        EquatableArrayTypeInfoResolver.For<Reports.SelfAssessmentReport>(),
        EquatableArrayTypeInfoResolver.For<Needs.Need>(),
        EquatableArrayTypeInfoResolver.For<Needs.NeedDelivery>(),
        EquatableArrayTypeInfoResolver.For<Needs.NeedStatusChange>(),
        EquatableArrayTypeInfoResolver.For<Needs.ProvenanceEntry>(),
        EquatableArrayTypeInfoResolver.For<Reviews.GroupResponseRate>(),
        EquatableArrayTypeInfoResolver.For<Reviews.ResponseRateRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.NonReportingRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.GroupComplianceTally>(),
        EquatableArrayTypeInfoResolver.For<Reviews.ProvisionCompliance>(),
        EquatableArrayTypeInfoResolver.For<Reviews.ComplianceRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.GroupCount>(),
        EquatableArrayTypeInfoResolver.For<Reviews.NeedTally>(),
        EquatableArrayTypeInfoResolver.For<Reviews.RankedType>(),
        EquatableArrayTypeInfoResolver.For<Reviews.TypeRanking>(),
        EquatableArrayTypeInfoResolver.For<Reviews.NeedTallyRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.TypeRankingRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.SharedNeed>(),
        EquatableArrayTypeInfoResolver.For<Reviews.CommonalityRow>(),
        EquatableArrayTypeInfoResolver.For<Reviews.ArticleCompliance>(),
        EquatableArrayTypeInfoResolver.For<Languages.LanguageCode>(),
        EquatableArrayTypeInfoResolver.For<ArticleNumber>(),
        EquatableArrayTypeInfoResolver.For<ChapterNumber>(),
        EquatableArrayTypeInfoResolver.For<string>(),
        EquatableArrayTypeInfoResolver.For<Supply.Provider>(),
        EquatableArrayTypeInfoResolver.For<Supply.Offering>(),
        EquatableArrayTypeInfoResolver.For<Iati.IatiRegion>(),
        EquatableArrayTypeInfoResolver.For<Iati.ProviderState>(),
        EquatableArrayTypeInfoResolver.For<Iati.IatiImportProblem>(),
        EquatableArrayTypeInfoResolver.For<Iati.IatiActivitySummary>(),
        EquatableArrayTypeInfoResolver.For<Experts.Expertise>(),
        EquatableArrayTypeInfoResolver.For<Experts.Expert>(),
        EquatableArrayTypeInfoResolver.For<NodaTime.DateInterval>(),
        EquatableArrayTypeInfoResolver.For<Knowledge.KnowledgeResource>(),
    ]);

    /// <summary>The metadata of every model type of this package, for chaining into a host's options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = JsonTypeInfoResolver.Combine(Arrays, TechAssistJsonContext.Default);

    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(() => CreateOptions(TypeInfoResolver));

    /// <summary>Read-only options that serialize every model type of this package.</summary>
    public static JsonSerializerOptions Options => LazyOptions.Value;

    /// <summary>Creates read-only options over <paramref name="resolver"/> with this package's settings and converters.</summary>
    /// <remarks>Other TechAssist packages combine their own metadata with this package's through it.</remarks>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver resolver, IEnumerable<JsonConverter>? moreConverters = null)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var options = new JsonSerializerOptions(TechAssistJsonContext.Default.Options)
        {
            TypeInfoResolver = resolver,
            MaxDepth = MaxDepth,

            // A property given twice would let a checker and a later reader see different values: refuse it.
            AllowDuplicateProperties = false,
        };
        foreach (var converter in Converters.Concat(moreConverters ?? []))
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type of this package.</exception>
    public static string Serialize<T>(T value) => Serialize(value, Options);

    /// <summary>Writes <paramref name="value"/> as indented JSON with <paramref name="options"/> (see <see cref="CreateOptions"/>).</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(value, TypeInfo<T>(options));
    }

    /// <summary>Reads a <typeparamref name="T"/> from JSON text; malformed JSON, wrong types and bad values become problems with their path and line.</summary>
    /// <remarks>Text longer than <see cref="MaxDocumentBytes"/> in UTF-8 or nested deeper than <see cref="MaxDepth"/> is a problem too.</remarks>
    public static ValidationResult<T> Deserialize<T>(string json) => Deserialize<T>(json, Options);

    /// <summary>Reads a <typeparamref name="T"/> from JSON text with <paramref name="options"/>.</summary>
    public static ValidationResult<T> Deserialize<T>(string json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);

        // A char is one to three UTF-8 bytes: count the bytes only when the length alone does not decide.
        if (json.Length > MaxDocumentBytes || (json.Length > MaxDocumentBytes / 3 && Encoding.UTF8.GetByteCount(json) > MaxDocumentBytes))
        {
            return TooLarge<T>(json.Length > MaxDocumentBytes ? "more than " + Bytes(MaxDocumentBytes) : Bytes(Encoding.UTF8.GetByteCount(json)));
        }

        try
        {
            var value = JsonSerializer.Deserialize(json, TypeInfo<T>(options));
            return value is null
                ? ValidationResult.Failure<T>(EquatableArray.Create(new ValidationProblem("$", "null", $"expected a {typeof(T).Name} but found null")))
                : ValidationResult.Success(value);
        }
        catch (JsonException exception)
        {
            return ValidationResult.Failure<T>(EquatableArray.Create(ToProblem(exception)));
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from a UTF-8 JSON stream; errors as for <see cref="Deserialize{T}(string)"/>.</summary>
    /// <remarks>The stream is read to its end but never past <see cref="MaxDocumentBytes"/>: a longer stream is a problem. It is left open.</remarks>
    public static async Task<ValidationResult<T>> DeserializeAsync<T>(Stream utf8Json, JsonSerializerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var typeInfo = TypeInfo<T>(options ?? Options);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > MaxDocumentBytes)
        {
            return TooLarge<T>(Bytes(utf8Json.Length - utf8Json.Position));
        }

        var limited = new LengthLimitedStream(utf8Json, MaxDocumentBytes);
        try
        {
            var value = await JsonSerializer.DeserializeAsync(limited, typeInfo, cancellationToken).ConfigureAwait(false);
            return limited.LimitExceeded
                ? TooLarge<T>("more than " + Bytes(MaxDocumentBytes))
                : value is null
                    ? ValidationResult.Failure<T>(EquatableArray.Create(new ValidationProblem("$", "null", $"expected a {typeof(T).Name} but found null")))
                    : ValidationResult.Success(value);
        }
        catch (JsonException exception)
        {
            // A stream cut at the limit reads as truncated JSON: the size is the real problem.
            return limited.LimitExceeded
                ? TooLarge<T>("more than " + Bytes(MaxDocumentBytes))
                : ValidationResult.Failure<T>(EquatableArray.Create(ToProblem(exception)));
        }
    }

    /// <summary>The JSON Schema (draft 2020-12) of <typeparamref name="T"/> as this package reads and writes it.</summary>
    public static JsonNode GetJsonSchema<T>() => GetJsonSchema(typeof(T), Options);

    /// <summary>The JSON Schema of <paramref name="type"/> under <paramref name="options"/>.</summary>
    public static JsonNode GetJsonSchema(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => JsonSchemas.Describe(context.TypeInfo, node, options),
        };
        var schema = options.GetTypeInfo(type).GetJsonSchemaAsNode(exporterOptions);
        if (schema is JsonObject root)
        {
            root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            root.Insert(1, "title", type.Name);
        }

        return schema;
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T).Name} is not a TechAssist model type.");

    private static ValidationResult<T> TooLarge<T>(string size) => ValidationResult.Failure<T>(EquatableArray.Create(new ValidationProblem(
        "$", size, $"the document is {size}: the most this library reads is {Bytes(MaxDocumentBytes)} (64 MiB)")));

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    private static ValidationProblem ToProblem(JsonException exception)
    {
        var where = exception.Path ?? "$";
        var line = exception.LineNumber is { } number ? $" (line {(number + 1).ToString(CultureInfo.InvariantCulture)})" : string.Empty;

        // The serializer appends its own "Path: ... | LineNumber: ..." to messages it writes; we report those apart.
        var message = WithoutPosition(exception.Message);

        // "Could not be converted to" names the object that holds the value, not the value: the inner exception, when
        // there is one, says what is wrong with the value itself (a date out of range, a number for a string).
        const string Unconverted = "The JSON value could not be converted to ";
        if (message.StartsWith(Unconverted, StringComparison.Ordinal))
        {
            var type = message[Unconverted.Length..].TrimEnd('.');
            message = exception.InnerException is { } inner
                ? "the value cannot be read: " + WithoutPosition(inner.Message)
                : $"the JSON value here cannot be read as a {type[(type.LastIndexOf('.') + 1)..]}";
        }

        return new ValidationProblem(where, (exception as JsonValueException)?.Value, message.TrimEnd('.') + line);
    }

    private static string WithoutPosition(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", " (Parameter '"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd();
    }
}
