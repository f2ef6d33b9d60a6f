namespace TechAssist.Matching.Allocation;

/// <summary>A candidate pairing of a need with a supplier and the integer weight of serving the need there.</summary>
/// <remarks>
/// The weight is computed upstream (fit points times the need's priority weight) and must be greater than zero:
/// an edge worth nothing is not a candidate.
/// </remarks>
internal readonly record struct AllocationEdge(int Need, int Supplier, int Weight);
