using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Needs;

/// <summary>A JSON document of needs, for exchange between a portal, the secretariat and the matching engine.</summary>
public sealed record NeedsDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public NeedsDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal NeedsDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The needs.</summary>
    public EquatableArray<Need> Needs { get; init; }

    /// <summary>Checks every need; keeps the good ones and reports every problem (paths start with <c>needs[i].</c>), including repeated ids.</summary>
    /// <remarks>A document of another schema version accepts nothing and has that one problem.</remarks>
    public ImportResult<Need> Import(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (SchemaVersion != CurrentSchemaVersion)
        {
            return new() { Accepted = default, Problems = EquatableArray.Create(DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)) };
        }

        var problems = new ProblemCollector();
        var accepted = new List<Need>();
        var seen = new HashSet<NeedId>();
        for (var i = 0; i < Needs.Count; i++)
        {
            var prefix = $"needs[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            if (Needs[i] is not { } need)
            {
                problems.Add(prefix, null, "a need is missing");
                continue;
            }

            var before = problems.Count;
            NeedValidator.Check(need, clock, prefix + ".", problems);
            if (need.Id.IsValid && !seen.Add(need.Id))
            {
                problems.Add(prefix + ".id", need.Id.Value, $"need {need.Id} is listed more than once");
            }

            if (problems.Count == before)
            {
                accepted.Add(need);
            }
        }

        return new() { Accepted = accepted.ToEquatableArray(), Problems = problems.ToArray() };
    }
}
