using Microsoft.AspNetCore.Http;
using TechAssist.Collections;
using TechAssist.Validation;

namespace DonorPortal;

/// <summary>
/// The body of a refused request: an RFC 9457 problem details object whose <c>errors</c> extension lists every problem
/// as <c>{ "path", "value", "message" }</c>.
/// </summary>
internal sealed record PortalProblemDetails
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public required IReadOnlyList<ValidationProblem> Errors { get; init; }
}

/// <summary>What a successful POST stored.</summary>
/// <param name="Accepted">The records of the document, now in the store (a record with an id already stored replaces it).</param>
/// <param name="Version">The version of the store's data after the change.</param>
internal sealed record StoredResponse(int Accepted, long Version);

internal static class PortalProblems
{
    public static IResult BadRequest(EquatableArray<ValidationProblem> problems, string title) =>
        Respond(problems, title, StatusCodes.Status400BadRequest);

    public static IResult Conflict(EquatableArray<ValidationProblem> problems, string title) =>
        Respond(problems, title, StatusCodes.Status409Conflict);

    private static IResult Respond(EquatableArray<ValidationProblem> problems, string title, int status) =>
        Results.Json(
            new PortalProblemDetails { Type = "about:blank", Title = title, Status = status, Errors = [.. problems] },
            PortalJsonContext.Default.PortalProblemDetails,
            contentType: "application/problem+json",
            statusCode: status);
}
