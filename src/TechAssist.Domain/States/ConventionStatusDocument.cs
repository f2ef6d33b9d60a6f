using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.States;

/// <summary>A JSON document of Convention statuses: who signed and consented to be bound, and when.</summary>
public sealed record ConventionStatusDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

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
