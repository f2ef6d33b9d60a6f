using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>The outcome of importing one IATI activity file: the providers and offerings imported, the activities skipped and why, and every error and warning.</summary>
/// <remarks>
/// A bad activity is an error and the others still import; a refused file (version 1.x, an organisation file,
/// malformed XML, a DTD) has one file-level error and, for malformed XML, keeps the activities read before it.
/// Providers and offerings are ordered by id, so the result does not depend on the order of the file.
/// </remarks>
public sealed record IatiImportResult
{
    /// <summary>The file name given to the importer.</summary>
    public required string FileName { get; init; }

    /// <summary>The IATI version the file declares, or null when it declares none or is not an activity file.</summary>
    public string? Version { get; init; }

    /// <summary>Every activity read, relevant or not, in file order.</summary>
    public EquatableArray<IatiActivitySummary> Activities { get; init; }

    /// <summary>The providers of the imported offerings, ordered by id.</summary>
    public EquatableArray<Provider> Providers { get; init; }

    /// <summary>The offerings imported from relevant activities, ordered by id.</summary>
    public EquatableArray<Offering> Offerings { get; init; }

    /// <summary>The activities read but not imported, with the reason (in <see cref="IatiActivitySummary.SkipReason"/>).</summary>
    [JsonIgnore]
    public EquatableArray<IatiActivitySummary> Skipped => Activities.Where(a => !a.IsRelevant).ToEquatableArray();

    /// <summary>Activities that could not be read, and file-level failures.</summary>
    public EquatableArray<IatiImportProblem> Errors { get; init; }

    /// <summary>Things read but doubtful in the activities imported or failed (not in those skipped as not relevant): publisher mistakes, regions that cannot be mapped, unknown codes left out.</summary>
    public EquatableArray<IatiImportProblem> Warnings { get; init; }

    /// <summary>Whether the file was read without error (warnings allowed).</summary>
    [JsonIgnore]
    public bool Succeeded => Errors.IsEmpty;
}
