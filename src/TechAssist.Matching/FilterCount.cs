namespace TechAssist.Matching;

/// <summary>How many candidates one filter removed for a need.</summary>
public sealed record FilterCount
{
    /// <summary>The filter.</summary>
    public required FilterKind Filter { get; init; }

    /// <summary>How many candidates it removed (each candidate counts under the first filter that removes it).</summary>
    public required int Removed { get; init; }

    /// <summary>For example <c>Eligibility: 3</c>.</summary>
    public override string ToString() => $"{Filter}: {Removed}";
}
