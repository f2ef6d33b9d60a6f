using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Reports;

/// <summary>A JSON document of self-assessment reports.</summary>
public sealed record SelfAssessmentReportDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public SelfAssessmentReportDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal SelfAssessmentReportDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The reports.</summary>
    public EquatableArray<SelfAssessmentReport> Reports { get; init; }

    /// <summary>Checks every report against the embedded checklists; keeps the good ones and reports every problem.</summary>
    public ImportResult<SelfAssessmentReport> Import(IClock clock) => Import(ReviewCycleChecklists.All, clock);

    /// <summary>Checks every report against <paramref name="checklists"/>; keeps the good ones and reports every problem (paths start with <c>reports[i].</c>).</summary>
    /// <remarks>A document of another schema version accepts nothing and has that one problem.</remarks>
    public ImportResult<SelfAssessmentReport> Import(IEnumerable<Checklist> checklists, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        ArgumentNullException.ThrowIfNull(clock);
        if (SchemaVersion != CurrentSchemaVersion)
        {
            return new() { Accepted = default, Problems = EquatableArray.Create(DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)) };
        }

        var known = checklists.ToList();
        var problems = new ProblemCollector();
        var accepted = new List<SelfAssessmentReport>();
        for (var i = 0; i < Reports.Count; i++)
        {
            var prefix = $"reports[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            if (Reports[i] is not { } report)
            {
                problems.Add(prefix, null, "a report is missing");
                continue;
            }

            var before = problems.Count;
            SelfAssessmentReportValidator.Check(report, known, clock, prefix + ".", problems);
            if (problems.Count == before)
            {
                accepted.Add(report);
            }
        }

        return new() { Accepted = accepted.ToEquatableArray(), Problems = problems.ToArray() };
    }
}
