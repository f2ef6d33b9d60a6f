using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.States;

/// <summary>A JSON document of regional group assignments, for users who supply their own table.</summary>
public sealed record RegionalGroupsDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public RegionalGroupsDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal RegionalGroupsDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The assignments.</summary>
    public EquatableArray<RegionalGroupAssignment> Assignments { get; init; }

    /// <summary>A document of the assignments of <paramref name="table"/>.</summary>
    public static RegionalGroupsDocument From(RegionalGroupTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new RegionalGroupsDocument { Assignments = table.Assignments };
    }

    /// <summary>Builds the table the document describes, listing every problem.</summary>
    public ValidationResult<RegionalGroupTable> ToTable() =>
        SchemaVersion != CurrentSchemaVersion
            ? ValidationResult.Failure<RegionalGroupTable>(EquatableArray.Create(DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)))
            : RegionalGroupTable.Create(Assignments);
}
