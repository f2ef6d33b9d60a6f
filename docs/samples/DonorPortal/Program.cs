using DonorPortal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using TechAssist.Matching;
using TechAssist.Matching.Matrix;
using TechAssist.Needs;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;

var builder = WebApplication.CreateBuilder(args);

// The matching options are checked when the host starts: a bad value stops the portal with every problem listed.
builder.Services.AddTechAssist(options => options.Strategy = AllocationStrategy.Optimal);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton<PortalStore>();

// Source-generated metadata only: the portal's own responses, then the Matching results and the Domain model.
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.TypeInfoResolverChain.Insert(0, PortalJsonContext.Default);
    json.SerializerOptions.TypeInfoResolverChain.Insert(1, MatchingJson.TypeInfoResolver);
    foreach (var converter in TechAssistJson.Converters)
    {
        json.SerializerOptions.Converters.Add(converter);
    }
});

var app = builder.Build();

// POST /needs: a NeedsDocument. Every need is checked; any problem refuses the whole document (400, nothing stored).
app.MapPost("/needs", async (HttpRequest request, PortalStore store, IClock clock, CancellationToken cancellationToken) =>
{
    var document = await TechAssistJson.DeserializeAsync<NeedsDocument>(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
    if (!document.IsValid)
    {
        return PortalProblems.BadRequest(document.Problems, "The needs document could not be read.");
    }

    var import = document.Value.Import(clock);
    if (!import.IsComplete)
    {
        return PortalProblems.BadRequest(import.Problems, "The needs document has problems; nothing was stored.");
    }

    return Results.Ok(new StoredResponse(import.Accepted.Count, store.AddNeeds(import.Accepted)));
});

// POST /supply: a SupplyDocument (providers, offerings, knowledge resources), all or nothing as for needs.
app.MapPost("/supply", async (HttpRequest request, PortalStore store, CancellationToken cancellationToken) =>
{
    var document = await TechAssistJson.DeserializeAsync<SupplyDocument>(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
    var checkedDocument = document.IsValid ? document.Value.Validate() : document;
    if (!checkedDocument.IsValid)
    {
        return PortalProblems.BadRequest(checkedDocument.Problems, "The supply document has problems; nothing was stored.");
    }

    var supply = checkedDocument.Value;
    return Results.Ok(new StoredResponse(supply.Providers.Count + supply.Offerings.Count + supply.KnowledgeResources.Count, store.AddSupply(supply)));
});

// POST /statuses: a ConventionStatusDocument, who is party to the Convention (eligibility of offerings for parties).
app.MapPost("/statuses", async (HttpRequest request, PortalStore store, CancellationToken cancellationToken) =>
{
    var document = await TechAssistJson.DeserializeAsync<ConventionStatusDocument>(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
    var table = document.IsValid ? document.Value.ToTable() : TechAssist.Validation.ValidationResult.Failure<ConventionStatusTable>(document.Problems);
    if (!table.IsValid)
    {
        return PortalProblems.BadRequest(table.Problems, "The status document has problems; nothing was stored.");
    }

    return Results.Ok(new StoredResponse(table.Value.Statuses.Count, store.SetStatuses(table.Value)));
});

// GET /matches?viewer=...: the run over the current data, as the viewer may see it.
app.MapGet("/matches", (string? viewer, PortalStore store) =>
{
    var who = ViewerQuery.Parse(viewer);
    if (!who.IsValid)
    {
        return PortalProblems.BadRequest(who.Problems, "Unknown viewer.");
    }

    var current = store.Current();
    return current.Engine.IsValid
        ? Results.Json(current.Result.ForViewer(who.Value), MatchingJson.Options)
        : PortalProblems.Conflict(current.Engine.Problems, "The stored needs and supply do not fit together.");
});

// GET /matrix?viewer=...: the needs-supply matrix by regional group and article; needs the viewer may not see are left out.
app.MapGet("/matrix", (string? viewer, PortalStore store) =>
{
    var who = ViewerQuery.Parse(viewer);
    if (!who.IsValid)
    {
        return PortalProblems.BadRequest(who.Problems, "Unknown viewer.");
    }

    var current = store.Current();
    return current.Engine.IsValid
        ? Results.Json(current.Engine.Value.BuildMatrix(current.Result, new MatrixOptions(), who.Value), MatchingJson.Options)
        : PortalProblems.Conflict(current.Engine.Problems, "The stored needs and supply do not fit together.");
});

await app.RunAsync().ConfigureAwait(false);

/// <summary>The portal's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
