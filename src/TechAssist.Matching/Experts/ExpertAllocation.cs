using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Needs;

namespace TechAssist.Matching.Experts;

/// <summary>Experts shared out among open needs, each expert serving at most its capacity.</summary>
public sealed record ExpertAllocation
{
    /// <summary>The strategy used.</summary>
    public required AllocationStrategy Strategy { get; init; }

    /// <summary>The assignments, ordered by need id.</summary>
    public EquatableArray<ExpertAssignment> Assignments { get; init; }

    /// <summary>Open needs with suitable experts that got none (capacity taken), ordered by id.</summary>
    public EquatableArray<NeedId> Unserved { get; init; }

    /// <summary>The total weight of the assignments.</summary>
    public long TotalWeight => Assignments.Sum(a => (long)a.Weight);

    /// <summary>The same allocation without the needs <paramref name="viewer"/> may not see.</summary>
    public ExpertAllocation ForViewer(Viewer viewer) =>
        this with { Assignments = Assignments.Where(a => a.Consent.AllowsViewer(viewer, a.State)).ToEquatableArray() };
}
