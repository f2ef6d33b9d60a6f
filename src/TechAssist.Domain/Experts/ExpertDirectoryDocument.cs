using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Experts;

/// <summary>A JSON document of the directory of experts.</summary>
/// <remarks>It holds contact details (personal data) when the directory's owner keeps them there: publish it only
/// after <see cref="WithoutContactDetails"/>.</remarks>
public sealed record ExpertDirectoryDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public ExpertDirectoryDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal ExpertDirectoryDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The experts.</summary>
    public EquatableArray<Expert> Experts { get; init; }

    /// <summary>The same document with every expert's contact details removed.</summary>
    public ExpertDirectoryDocument WithoutContactDetails() =>
        this with { Experts = Experts.Select(e => e.WithoutContactDetails()).ToEquatableArray() };

    /// <summary>Checks the document: its schema version, every expert (paths <c>experts[i]</c>) and repeated ids.</summary>
    public ValidationResult<ExpertDirectoryDocument> Validate()
    {
        var problems = new ProblemCollector();
        if (SchemaVersion != CurrentSchemaVersion)
        {
            problems.AddRange([DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)]);
        }

        var seen = new Dictionary<ExpertId, int>();
        for (var i = 0; i < Experts.Count; i++)
        {
            var path = $"experts[{i}]";
            if (Experts[i] is not { } expert)
            {
                problems.Add(path, null, "an expert is missing");
                continue;
            }

            ExpertValidator.Check(expert, path, problems);
            if (expert.Id.IsValid && !seen.TryAdd(expert.Id, i))
            {
                problems.Add(path + ".id", expert.Id.Value, $"{expert.Id} is already used by experts[{seen[expert.Id]}]");
            }
        }

        return problems.ToResult(this);
    }
}
