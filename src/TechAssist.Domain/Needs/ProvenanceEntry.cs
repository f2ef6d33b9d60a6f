using NodaTime;

namespace TechAssist.Needs;

/// <summary>Who did what to a need, and when: a portal shows these so that users see who recorded or changed a need.</summary>
public sealed record ProvenanceEntry
{
    /// <summary>When.</summary>
    public required Instant At { get; init; }

    /// <summary>Who: an actor id of the host's choosing (a user name, <c>state:KEN</c>, <c>secretariat</c>).</summary>
    public required string By { get; init; }

    /// <summary>What was done.</summary>
    public required ProvenanceAction Action { get; init; }

    /// <summary>The field changed (<c>status</c>), or null.</summary>
    public string? Field { get; init; }

    /// <summary>A note: the new value, the reason, the source.</summary>
    public string? Note { get; init; }
}
