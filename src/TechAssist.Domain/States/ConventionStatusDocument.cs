using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.States;

/// <summary>A JSON document of Convention statuses: who signed and consented to be bound, and when.</summary>
public sealed record ConventionStatusDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public ConventionStatusDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal ConventionStatusDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The statuses.</summary>
    public EquatableArray<ConventionStatus> Statuses { get; init; }

    /// <summary>Builds the table the document describes, listing every problem.</summary>
    public ValidationResult<ConventionStatusTable> ToTable() =>
        SchemaVersion != CurrentSchemaVersion
            ? ValidationResult.Failure<ConventionStatusTable>(EquatableArray.Create(DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)))
            : ConventionStatusTable.Create(Statuses);
}
