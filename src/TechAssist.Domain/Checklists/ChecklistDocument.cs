using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Validation;

namespace TechAssist.Checklists;

/// <summary>A checklist as a JSON document: how users define their own checklists and versions.</summary>
/// <remarks>
/// Provisions are read as text and checked here rather than by the JSON reader, so that a document with several bad
/// items gets every problem at once (<c>items[3].provision: article 72 does not exist</c>) instead of stopping at the first.
/// </remarks>
public sealed record ChecklistDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public ChecklistDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal ChecklistDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The checklist's id.</summary>
    public string? Id { get; init; }

    /// <summary>The version, from 1.</summary>
    public int Version { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The date the version was adopted, or null where it is not known.</summary>
    public LocalDate? Adopted { get; init; }

    /// <summary>The items, in the order they are asked.</summary>
    public EquatableArray<ChecklistItemDocument> Items { get; init; }

    /// <summary>The document that describes <paramref name="checklist"/>.</summary>
    public static ChecklistDocument From(Checklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return new ChecklistDocument
        {
            Id = checklist.Id.IsValid ? checklist.Id.Value : null,
            Version = checklist.Version,
            Title = checklist.Title,
            Adopted = checklist.Adopted,
            Items = checklist.Items
                .Select(item => item is null ? null! : new ChecklistItemDocument { Provision = item.Provision.IsValid ? item.Provision.Code : null, Prompt = item.Prompt })
                .ToEquatableArray(),
        };
    }

    /// <summary>Builds the checklist, listing every problem: schema version, id, version, title, no items, and each bad or repeated provision.</summary>
    public ValidationResult<Checklist> ToChecklist()
    {
        var problems = new ProblemCollector();
        if (SchemaVersion != CurrentSchemaVersion)
        {
            problems.AddRange([DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)]);
        }

        if (Id is null)
        {
            problems.Add("id", null, "a checklist needs an id");
        }
        else if (ChecklistId.Check(Id) is { } idError)
        {
            problems.Add("id", Id, $"'{Id}' is not a checklist id: {idError}");
        }

        if (Version < 1)
        {
            problems.Add("version", Version.ToString(CultureInfo.InvariantCulture), "a checklist version is a whole number from 1");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("title", Title, "a checklist needs a title");
        }

        if (Items.IsEmpty)
        {
            problems.Add("items", null, "a checklist needs at least one item");
        }

        var items = new List<ChecklistItem>(Items.Count);
        var firstSeen = new Dictionary<ProvisionReference, int>();
        for (var i = 0; i < Items.Count; i++)
        {
            var path = $"items[{i}]";
            var item = Items[i];
            if (item is null)
            {
                problems.Add(path, null, "an item is missing");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Provision))
            {
                problems.Add(path + ".provision", item.Provision, "an item needs a provision");
            }
            else if (!ProvisionReference.TryParse(item.Provision, out var provision, out var error))
            {
                problems.Add(path + ".provision", item.Provision, error);
            }
            else if (firstSeen.TryGetValue(provision, out var first))
            {
                problems.Add(path + ".provision", item.Provision, $"provision {provision.Code} is listed more than once (first at items[{first.ToString(CultureInfo.InvariantCulture)}])");
            }
            else
            {
                firstSeen.Add(provision, i);
                items.Add(new ChecklistItem { Provision = provision, Prompt = item.Prompt });
            }
        }

        return problems.HasProblems
            ? ValidationResult.Failure<Checklist>(problems.ToArray())
            : ValidationResult.Success(new Checklist
            {
                Id = ChecklistId.From(Id!),
                Version = Version,
                Title = Title!,
                Adopted = Adopted,
                Items = items.ToEquatableArray(),
            });
    }
}
