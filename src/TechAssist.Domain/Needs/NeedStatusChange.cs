using NodaTime;

namespace TechAssist.Needs;

/// <summary>A status a need took, and the day it took it.</summary>
public sealed record NeedStatusChange
{
    /// <summary>The status taken.</summary>
    public required NeedStatus Status { get; init; }

    /// <summary>The day.</summary>
    public required LocalDate On { get; init; }
}
