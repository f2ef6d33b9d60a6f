using System.Text.Json.Serialization;
using TechAssist.Collections;

namespace TechAssist.States;

/// <summary>The regional group a State is counted in, and any other group it takes part in.</summary>
public sealed record RegionalGroupAssignment
{
    /// <summary>Creates an assignment with full participation; set the State and group.</summary>
    public RegionalGroupAssignment()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal RegionalGroupAssignment(GroupParticipation participation = GroupParticipation.Full) => Participation = participation;

    /// <summary>The State.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The group the State is counted in for statistics and elections, or null for none.</summary>
    public RegionalGroup? Group { get; init; }

    /// <summary>How the State takes part in <see cref="Group"/>. Defaults to <see cref="GroupParticipation.Full"/>.</summary>
    public GroupParticipation Participation { get; init; } = GroupParticipation.Full;

    /// <summary>Other groups the State takes full part in (Türkiye in Asia-Pacific), never counted there.</summary>
    public EquatableArray<RegionalGroup> AlsoParticipatesIn { get; init; }

    /// <summary>Why the assignment is special, or null.</summary>
    public string? Note { get; init; }
}
