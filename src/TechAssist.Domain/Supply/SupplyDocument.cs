using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Knowledge;
using TechAssist.Validation;

namespace TechAssist.Supply;

/// <summary>A JSON document of the supply side: providers, their offerings and knowledge resources.</summary>
/// <remarks>Experts have their own document (<see cref="Experts.ExpertDirectoryDocument"/>) because it holds personal data.</remarks>
public sealed record SupplyDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an empty document of the current schema version.</summary>
    public SupplyDocument()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal SupplyDocument(int schemaVersion = CurrentSchemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>The document's schema version; changes within a major version only add.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The providers.</summary>
    public EquatableArray<Provider> Providers { get; init; }

    /// <summary>The offerings; each names a provider of <see cref="Providers"/>.</summary>
    public EquatableArray<Offering> Offerings { get; init; }

    /// <summary>The knowledge resources.</summary>
    public EquatableArray<KnowledgeResource> KnowledgeResources { get; init; }

    /// <summary>Checks the schema version, every provider, offering and resource, repeated ids, and that each offering's provider is listed.</summary>
    public ValidationResult<SupplyDocument> Validate()
    {
        var problems = new ProblemCollector();
        if (SchemaVersion != CurrentSchemaVersion)
        {
            problems.AddRange([DocumentProblems.SchemaVersion(SchemaVersion, CurrentSchemaVersion)]);
        }

        var providers = new Dictionary<ProviderId, int>();
        for (var i = 0; i < Providers.Count; i++)
        {
            var path = $"providers[{i}]";
            if (Providers[i] is not { } provider)
            {
                problems.Add(path, null, "a provider is missing");
                continue;
            }

            ProviderValidator.Check(provider, path, problems);
            if (provider.Id.IsValid && !providers.TryAdd(provider.Id, i))
            {
                problems.Add(path + ".id", provider.Id.Value, $"{provider.Id} is already used by providers[{providers[provider.Id]}]");
            }
        }

        var offerings = new Dictionary<OfferingId, int>();
        for (var i = 0; i < Offerings.Count; i++)
        {
            var path = $"offerings[{i}]";
            if (Offerings[i] is not { } offering)
            {
                problems.Add(path, null, "an offering is missing");
                continue;
            }

            OfferingValidator.Check(offering, path, problems);
            if (offering.Id.IsValid && !offerings.TryAdd(offering.Id, i))
            {
                problems.Add(path + ".id", offering.Id.Value, $"{offering.Id} is already used by offerings[{offerings[offering.Id]}]");
            }

            if (offering.Provider.IsValid && !providers.ContainsKey(offering.Provider))
            {
                problems.Add(path + ".provider", offering.Provider.Value, $"provider {offering.Provider} is not listed in providers");
            }
        }

        var resources = new Dictionary<KnowledgeResourceId, int>();
        for (var i = 0; i < KnowledgeResources.Count; i++)
        {
            var path = $"knowledgeResources[{i}]";
            if (KnowledgeResources[i] is not { } resource)
            {
                problems.Add(path, null, "a knowledge resource is missing");
                continue;
            }

            KnowledgeResourceValidator.Check(resource, path, problems);
            if (resource.Id.IsValid && !resources.TryAdd(resource.Id, i))
            {
                problems.Add(path + ".id", resource.Id.Value, $"{resource.Id} is already used by knowledgeResources[{resources[resource.Id]}]");
            }
        }

        return problems.ToResult(this);
    }
}
